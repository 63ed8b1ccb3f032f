/**
 * The site's base path, as the page script set it (start.ts): `$app/paths` has the same, but it
 * imports SvelteKit's client, which these pages do without.
 */
export const base = __SVELTEKIT_PAYLOAD__?.base ?? '';

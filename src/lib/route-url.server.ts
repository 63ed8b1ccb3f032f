import { resolve } from '$app/paths';

/**
 * A route's URL while prerendering: SvelteKit's, relative to the page being rendered, so that the
 * built pages work under any base path and inside an LMS. The browser's is `route-url.browser.ts`
 * (package.json `imports` picks one by build).
 */
export const routeUrl = resolve as (routeId: string, params: Record<string, string>) => string;

import * as universal from "../../../../src/routes/[lang=lang]/+page.ts";
export { universal };
export { default as component } from "../../../../src/routes/[lang=lang]/+page.svelte";
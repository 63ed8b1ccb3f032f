import * as universal from "../../../../src/routes/[lang=lang]/+layout.ts";
export { universal };
export { default as component } from "../../../../src/routes/[lang=lang]/+layout.svelte";
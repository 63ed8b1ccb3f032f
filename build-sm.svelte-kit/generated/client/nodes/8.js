import * as universal from "../../../../src/routes/[lang=lang]/team/+page.ts";
export { universal };
export { default as component } from "../../../../src/routes/[lang=lang]/team/+page.svelte";
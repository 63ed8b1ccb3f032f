import * as universal from '../entries/pages/_layout.ts.js';

export const index = 0;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/_layout.svelte.js')).default;
export { universal };
export const universal_id = "src/routes/+layout.ts";
export const imports = ["_app/immutable/nodes/0.oICETxn3.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/BkCfBF1b.js","_app/immutable/chunks/qo7CHCzQ.js"];
export const stylesheets = ["_app/immutable/assets/0.CvxKzI9H.css"];
export const fonts = [];

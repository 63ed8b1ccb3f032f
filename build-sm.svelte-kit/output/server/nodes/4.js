import * as universal from '../entries/pages/_lang_lang_/_page.ts.js';

export const index = 4;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/_lang_lang_/_page.svelte.js')).default;
export { universal };
export const universal_id = "src/routes/[lang=lang]/+page.ts";
export const imports = ["_app/immutable/nodes/4.oC7JHJiH.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/qo7CHCzQ.js","_app/immutable/chunks/BkCfBF1b.js","_app/immutable/chunks/CHgMpLNN.js","_app/immutable/chunks/C8rge6yL.js"];
export const stylesheets = ["_app/immutable/assets/4.B7hyb1C4.css"];
export const fonts = [];

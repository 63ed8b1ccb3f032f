import * as universal from '../entries/pages/_lang_lang_/team/_page.ts.js';

export const index = 8;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/_lang_lang_/team/_page.svelte.js')).default;
export { universal };
export const universal_id = "src/routes/[lang=lang]/team/+page.ts";
export const imports = ["_app/immutable/nodes/8.Cn-f0ceh.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/qo7CHCzQ.js","_app/immutable/chunks/BkCfBF1b.js","_app/immutable/chunks/C8rge6yL.js","_app/immutable/chunks/CHgMpLNN.js"];
export const stylesheets = ["_app/immutable/assets/8.MkqSTdZf.css"];
export const fonts = [];

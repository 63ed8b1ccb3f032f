import * as server from '../entries/pages/_lang_lang_/glossary/_page.server.ts.js';

export const index = 5;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/_lang_lang_/glossary/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/[lang=lang]/glossary/+page.server.ts";
export const imports = ["_app/immutable/nodes/5.CxH0FhtS.js","_app/immutable/chunks/BkCfBF1b.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/qo7CHCzQ.js"];
export const stylesheets = ["_app/immutable/assets/5.BKhkEM-S.css"];
export const fonts = [];

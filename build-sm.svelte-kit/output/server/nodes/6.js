import * as server from '../entries/pages/_lang_lang_/lessons/_id_/_page.server.ts.js';

export const index = 6;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/_lang_lang_/lessons/_id_/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/[lang=lang]/lessons/[id]/+page.server.ts";
export const imports = ["_app/immutable/nodes/6.CaoddM5B.js","_app/immutable/chunks/BkCfBF1b.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/D17HxQfk.js","_app/immutable/chunks/qo7CHCzQ.js"];
export const stylesheets = [];
export const fonts = [];

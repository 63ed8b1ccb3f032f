import * as universal from '../entries/pages/_lang_lang_/_layout.ts.js';
import * as server from '../entries/pages/_lang_lang_/_layout.server.ts.js';

export const index = 2;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/_lang_lang_/_layout.svelte.js')).default;
export { universal };
export const universal_id = "src/routes/[lang=lang]/+layout.ts";
export { server };
export const server_id = "src/routes/[lang=lang]/+layout.server.ts";
export const imports = ["_app/immutable/nodes/2.DKHi_6Ur.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/qo7CHCzQ.js","_app/immutable/chunks/BkCfBF1b.js"];
export const stylesheets = ["_app/immutable/assets/2.HpSLiQ8n.css"];
export const fonts = [];

import * as server from '../entries/pages/_lang_lang_/lessons/_id_/quiz/_page.server.ts.js';

export const index = 7;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/_lang_lang_/lessons/_id_/quiz/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/[lang=lang]/lessons/[id]/quiz/+page.server.ts";
export const imports = ["_app/immutable/nodes/7.DAF0bGHN.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/BkCfBF1b.js","_app/immutable/chunks/qo7CHCzQ.js","_app/immutable/chunks/D17HxQfk.js","_app/immutable/chunks/CHgMpLNN.js","_app/immutable/chunks/C3fTTzUu.js","_app/immutable/chunks/BKc1uCQv.js","_app/immutable/chunks/BsRAqSdI.js","_app/immutable/chunks/Ceuu1PBm.js"];
export const stylesheets = ["_app/immutable/assets/7.DNXwocZR.css","_app/immutable/assets/FillBlanks.DKc8TqPw.css","_app/immutable/assets/Ordering.D7VCJrFB.css","_app/immutable/assets/ShortAnswer.CmYVYwf6.css","_app/immutable/assets/CodeLines.DIOtY2qS.css","_app/immutable/assets/Matching.BU0GmmuF.css","_app/immutable/assets/ChoiceList.DRAL0YUe.css"];
export const fonts = [];

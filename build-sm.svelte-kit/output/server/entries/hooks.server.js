import { d as htmlLang, f as isLang } from "../chunks/course.js";
// src/hooks.server.ts
var handle = ({ event, resolve }) => {
	const lang = event.params.lang;
	const value = isLang(lang) ? htmlLang[lang] : "en";
	return resolve(event, { transformPageChunk: ({ html }) => html.replace("%lang%", value) });
};
export { handle };

//# sourceMappingURL=hooks.server.js.map
import { n as zh_default, r as en_default } from "./zh.js";
import { createInstance } from "i18next";
// src/lib/i18n/i18next.ts
var translators = /* @__PURE__ */ new Map();
/** i18next itself, for build-time rendering (prerendering, lesson Markdown). */
function i18nextTranslator(lang) {
	const cached = translators.get(lang);
	if (cached) return cached;
	const i18n = createInstance();
	i18n.init({
		resources: { [lang]: { translation: lang === "zh" ? zh_default : en_default } },
		lng: lang,
		fallbackLng: false,
		initAsync: false,
		returnNull: false,
		interpolation: { escapeValue: false }
	});
	const fixed = i18n.getFixedT(lang);
	const t = (key, values) => fixed(key, values ?? {});
	translators.set(lang, t);
	return t;
}
export { i18nextTranslator as t };

//# sourceMappingURL=i18next2.js.map
import { i as loadTranslator } from "../../chunks/course.js";
// src/routes/+page.ts
var load = async () => ({ t: {
	zh: await loadTranslator("zh"),
	en: await loadTranslator("en")
} });
export { load };

//# sourceMappingURL=_page.ts.js.map
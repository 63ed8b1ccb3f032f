import { i as loadTranslator } from "../../../chunks/course.js";
// src/routes/[lang=lang]/+layout.ts
var load = async ({ data }) => ({
	...data,
	t: await loadTranslator(data.lang)
});
export { load };

//# sourceMappingURL=_layout.ts.js.map
import { p as langs } from "../../../../chunks/course.js";
// src/routes/[lang=lang]/team/+page.ts
var entries = () => langs.map((lang) => ({ lang }));
export { entries };

//# sourceMappingURL=_page.ts.js.map
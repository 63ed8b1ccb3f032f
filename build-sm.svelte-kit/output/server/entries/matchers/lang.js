import { f as isLang } from "../../chunks/course.js";
// src/params/lang.ts
var match = ((param) => isLang(param));
export { match };

//# sourceMappingURL=lang.js.map
export { t as i18nextTranslator } from "./i18next2.js";

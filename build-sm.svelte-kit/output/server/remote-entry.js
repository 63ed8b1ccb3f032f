export { l as command, c as form, s as prerender, o as query, a as requested } from "./chunks/framework.js";

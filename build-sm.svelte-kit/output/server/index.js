export { u as Server } from "./chunks/framework.js";

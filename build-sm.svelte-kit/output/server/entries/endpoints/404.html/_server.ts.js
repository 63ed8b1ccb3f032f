import { R as base } from "../../../chunks/framework.js";
import { i as notFound$1, t as notFound } from "../../../chunks/zh.js";
import { w as standalonePage } from "../../../chunks/course.js";
// src/routes/404.html/+server.ts
var prerender = true;
function GET() {
	return new Response(standalonePage(base, `${base}/`, {
		zh: notFound,
		en: notFound$1
	}), { headers: { "content-type": "text/html; charset=utf-8" } });
}
export { GET, prerender };

//# sourceMappingURL=_server.ts.js.map
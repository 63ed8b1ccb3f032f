import { C as createContext, i as resolve, n as updated } from "./framework.js";
// src/lib/offline/precache.ts
var escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/**
* A page in both languages, self-contained (no script, no stylesheet) because nothing else may
* be reachable: the offline page of the service worker, and the 404 page of the static host.
* The language of the address asked for comes first.
*/
function standalonePage(base, pathname, text) {
	const order = pathname.startsWith(`${base}/en/`) ? ["en", "zh"] : ["zh", "en"];
	const htmlLang = {
		zh: "zh-CN",
		en: "en"
	};
	const sections = order.map((lang) => `<section lang="${htmlLang[lang]}">
<h1>${escapeHtml(text[lang].title)}</h1>
<p>${escapeHtml(text[lang].body)}</p>
<p><a class="home" href="${escapeHtml(`${base}/${lang}/`)}" hreflang="${htmlLang[lang]}">${escapeHtml(text[lang].home)}</a></p>
</section>`).join("\n");
	return `<!doctype html>
<html lang="${htmlLang[order[0]]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(text[order[0]].title)} · ${escapeHtml(text[order[1]].title)}</title>
<style>
:root { color-scheme: light dark; }
body { margin: 0; font: 1.0625rem/1.7 system-ui, -apple-system, 'Segoe UI', Roboto, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif; background: light-dark(#fbfaf7, #16171a); color: light-dark(#1d1d1f, #e9e8e4); }
:lang(zh) { font-family: 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', system-ui, sans-serif; }
main { max-width: 40rem; margin: 0 auto; padding: 3rem 1rem; }
section { background: light-dark(#ffffff, #1f2024); border: 1px solid light-dark(#d8d5cc, #3d3f46); border-radius: 12px; padding: 0.5rem 1.25rem 1rem; }
section + section { margin-top: 1.25rem; }
h1 { font-size: 1.5rem; line-height: 1.3; }
p { color: light-dark(#55575d, #a9abb2); }
a.home { display: inline-block; padding: 0.55rem 1.1rem; border-radius: 8px; background: light-dark(#2456c8, #8fb0ff); color: light-dark(#ffffff, #0f1420); font-weight: 600; text-decoration: none; }
a.home:focus-visible { outline: 3px solid light-dark(#b4530a, #ffb86b); outline-offset: 2px; }
</style>
</head>
<body>
<main class="standalone-page">
${sections}
</main>
</body>
</html>
`;
}
// src/lib/offline/context.ts
var [getOfflineStatus, setOfflineStatus] = createContext();
// src/lib/offline/messages.ts
function isStatusReply(data) {
	const reply = data;
	return reply?.type === "status" && typeof reply.version === "string" && typeof reply.total === "number" && typeof reply.cached === "number";
}
// src/lib/offline/status.svelte.ts
var OfflineStatus = class {
	online = true;
	cache = "none";
	/** A new version is installed and waits for the learner to reload. */
	waiting = false;
	/** The version of the worker that serves this tab; another than this page's after an update. */
	controllerVersion;
	reloading = false;
	#registration;
	/** Refreshes overlap (events come in bursts): only the latest one's answers count. */
	#refreshes = 0;
	/** Set by the tab that asked for the new version; other tabs never reload by themselves. */
	#reloadOnControllerChange = false;
	/**
	* This tab runs an older version than the worker serving it: the learner updated in another
	* tab. Its old code files are gone from the cache, so links load whole pages from now on.
	*/
	get stale() {
		return this.controllerVersion !== void 0 && this.controllerVersion !== "1796175068674";
	}
	/** Reloading brings a new version: a waiting worker's, or a new build on a host without one. */
	get updateAvailable() {
		return this.waiting || this.stale || updated.current && !controlled();
	}
	/** Starts watching; returns what stops it. Call once per visit, in the browser. */
	start(scriptUrl, scope) {
		const stops = [];
		const listen = (target, type, handler) => {
			target.addEventListener(type, handler);
			stops.push(() => target.removeEventListener(type, handler));
		};
		this.online = navigator.onLine;
		listen(window, "online", () => {
			this.online = true;
			this.checkForUpdate();
		});
		listen(window, "offline", () => this.online = false);
		listen(document, "visibilitychange", () => {
			if (document.visibilityState === "visible") this.checkForUpdate();
		});
		if ("serviceWorker" in navigator) {
			listen(navigator.serviceWorker, "controllerchange", () => {
				if (this.#reloadOnControllerChange) location.reload();
				else this.#refresh();
			});
			if (document.readyState === "complete") this.#register(scriptUrl, scope, listen);
			else listen(window, "load", () => void this.#register(scriptUrl, scope, listen));
		}
		return () => stops.forEach((stop) => stop());
	}
	async #register(scriptUrl, scope, listen) {
		let registration;
		try {
			registration = await navigator.serviceWorker.register(scriptUrl, { scope });
		} catch {
			return;
		}
		this.#registration = registration;
		const follow = (worker) => {
			if (worker) listen(worker, "statechange", () => void this.#refresh());
		};
		follow(registration.installing);
		listen(registration, "updatefound", () => {
			follow(registration.installing);
			this.#refresh();
		});
		await this.#refresh();
	}
	/** Asks the server whether a new version is out; if so the worker fetches it and waits. */
	async checkForUpdate() {
		if (!navigator.onLine || !await updated.check()) return;
		try {
			await this.#registration?.update();
		} catch {}
	}
	/** Loads the new version: lets the waiting worker take over, then reloads this tab. */
	reload(beforeReload) {
		this.reloading = true;
		(async () => {
			await beforeReload();
			const waiting = this.#registration?.waiting;
			if (!waiting) {
				location.reload();
				return;
			}
			this.#reloadOnControllerChange = true;
			waiting.postMessage({ type: "skip-waiting" });
			setTimeout(() => location.reload(), 1e4);
		})();
	}
	async #refresh() {
		const registration = this.#registration;
		if (!registration) return;
		const run = ++this.#refreshes;
		const { active, installing, waiting } = registration;
		const controller = navigator.serviceWorker.controller;
		const [activeStatus, controllerStatus] = await Promise.all([active ? askStatus(active) : void 0, controller && controller !== active ? askStatus(controller) : void 0]);
		if (run !== this.#refreshes) return;
		this.waiting = !!waiting && !!active && !!controller;
		this.controllerVersion = controller ? (controller === active ? activeStatus : controllerStatus)?.version : void 0;
		const complete = !!activeStatus && activeStatus.cached === activeStatus.total;
		this.cache = complete ? "ready" : installing || waiting ? "saving" : "none";
		if (this.stale) document.body.dataset.sveltekitReload = "";
	}
};
function controlled() {
	return "serviceWorker" in navigator && !!navigator.serviceWorker.controller;
}
/** The worker's count of cached files, or undefined if it does not answer in time. */
function askStatus(worker) {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		const timer = setTimeout(() => resolve(void 0), 5e3);
		channel.port1.onmessage = (event) => {
			clearTimeout(timer);
			resolve(isStatusReply(event.data) ? event.data : void 0);
		};
		worker.postMessage({ type: "status" }, [channel.port2]);
	});
}
// src/lib/progress/session.svelte.ts
var ProgressSession = class {
	current;
};
var [getProgressSession, setProgressSession] = createContext();
// src/lib/i18n/context.ts
var [getI18n, setI18n] = createContext();
// src/lib/i18n/langs.ts
var langs = ["zh", "en"];
function isLang(value) {
	return value === "zh" || value === "en";
}
/** The value of `<html lang>` for each course language. */
var htmlLang = {
	zh: "zh-CN",
	en: "en"
};
function otherLang(lang) {
	return lang === "zh" ? "en" : "zh";
}
/** Any `zh*` preference means Chinese; anything else English. */
function preferredLang(languages) {
	return (languages[0]?.toLowerCase() ?? "").startsWith("zh") ? "zh" : "en";
}
// src/lib/prefs.ts
/** UI preferences read before first paint; they live in localStorage, progress in IndexedDB. */
var langKey = "k8s-course.lang";
var themeKey = "k8s-course.theme";
function read(key) {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}
function savedLang() {
	const value = read(langKey);
	return isLang(value) ? value : void 0;
}
function savedTheme() {
	const value = read(themeKey);
	return value === "light" || value === "dark" ? value : void 0;
}
/**
* Shows the page in the chosen theme, or as the system says; the browser's own bars (and an
* installed app's) follow it too.
*/
function applyTheme(choice) {
	if (choice === "system") delete document.documentElement.dataset.theme;
	else document.documentElement.dataset.theme = choice;
	for (const meta of document.querySelectorAll("meta[name=\"theme-color\"]")) {
		meta.dataset.media ??= meta.media;
		meta.media = choice === "system" ? meta.dataset.media : meta.dataset.media.includes(choice) ? "all" : "not all";
	}
}
// src/lib/i18n/table.ts
/** Each language's strings as a file of their own: cached once, shared by every page. */
var stringsUrl = {
	zh: "/_app/immutable/assets/zh.CvyjBSsz.json",
	en: "/_app/immutable/assets/en.gvLT7a59.json"
};
// src/lib/paths.ts
var resolveRoute = resolve;
/** Page URLs, base path included; every page URL ends in a slash (static hosts serve index.html). */
var paths = {
	home: (lang) => resolve("/[lang=lang]", { lang }) + "/",
	lesson: (lang, id) => resolve("/[lang=lang]/lessons/[id]", {
		lang,
		id
	}) + "/",
	quiz: (lang, id) => resolve("/[lang=lang]/lessons/[id]/quiz", {
		lang,
		id
	}) + "/",
	glossary: (lang) => resolve("/[lang=lang]/glossary", { lang }) + "/",
	team: (lang) => resolve("/[lang=lang]/team", { lang }) + "/"
};
/** The same page in another language: the route and its parameters stay, only `lang` changes. */
function samePageIn(lang, routeId, params) {
	if (!routeId?.startsWith("/[lang=lang]")) return paths.home(lang);
	return resolveRoute(routeId, {
		...params,
		lang
	}).replace(/\/?$/, "/");
}
// src/lib/i18n/index.ts
var translators = /* @__PURE__ */ new Map();
/**
* i18next renders every string of every prerendered page at build time. The browser only
* re-renders the same strings while hydrating and formats the few that change on the page
* (counts, scores, names), from the same resources: the language's JSON, requested by the page's
* head (see `stringsPreload`). `tests/i18n.test.ts` holds the two to the same output for every key.
*/
async function loadTranslator(lang) {
	const cached = translators.get(lang);
	if (cached) return cached;
	let t;
	t = (await import("./i18next.js")).i18nextTranslator(lang);
	translators.set(lang, t);
	return t;
}
/** A share from 0 to 1 as a whole percentage in the page's language. */
function formatPercent(share, lang) {
	return new Intl.NumberFormat(lang === "zh" ? "zh-CN" : "en", {
		style: "percent",
		maximumFractionDigits: 0
	}).format(share);
}
function formatDate(iso, lang) {
	return new Intl.DateTimeFormat(lang === "zh" ? "zh-CN" : "en", {
		dateStyle: "medium",
		timeStyle: "short"
	}).format(new Date(iso));
}
/** A duration as "3 min 20 s" / "3 分 20 秒". */
function formatDuration(milliseconds, t) {
	const total = Math.max(0, Math.round(milliseconds / 1e3));
	const minutes = Math.floor(total / 60);
	const seconds = total % 60;
	return minutes > 0 ? t("time.minutesSeconds", {
		minutes,
		seconds
	}) : t("time.seconds", { seconds });
}
export { setOfflineStatus as C, getOfflineStatus as S, setI18n as _, paths as a, setProgressSession as b, applyTheme as c, htmlLang as d, isLang as f, getI18n as g, preferredLang as h, loadTranslator as i, savedLang as l, otherLang as m, formatDuration as n, samePageIn as o, langs as p, formatPercent as r, stringsUrl as s, formatDate as t, savedTheme as u, ProgressSession as v, standalonePage as w, OfflineStatus as x, getProgressSession as y };

//# sourceMappingURL=course.js.map
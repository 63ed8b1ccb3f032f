import { E as escape_html, _ as derived, g as attr_class, h as version, r as afterNavigate, t as page, v as ensure_array_like, w as attr, y as head } from "../../../chunks/framework.js";
import { S as getOfflineStatus, _ as setI18n, a as paths, d as htmlLang, g as getI18n, m as otherLang, o as samePageIn, s as stringsUrl, y as getProgressSession } from "../../../chunks/course.js";
// src/lib/components/OfflineIndicator.svelte
function OfflineIndicator($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		const i18n = getI18n();
		const status = getOfflineStatus();
		const label = derived(() => !status.online ? status.cache === "ready" ? i18n.t("offline.offlineReady") : i18n.t("offline.offlineNotReady") : status.cache === "ready" ? i18n.t("offline.ready") : status.cache === "saving" ? i18n.t("offline.saving") : "");
		$$renderer.push(`<p${attr_class("offline-status svelte-1cjtxgc", void 0, { "offline": !status.online })} role="status"${attr("data-version", version)}${attr("data-online", status.online)}${attr("data-cache", status.cache)}>`);
		if (label()) $$renderer.push(`<!--[0--><span class="dot svelte-1cjtxgc" aria-hidden="true"></span><span class="offline-status-text">${escape_html(label())}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></p>`);
	});
}
// src/lib/components/ThemeToggle.svelte
function ThemeToggle($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		const i18n = getI18n();
		const choices = [
			{
				value: "system",
				icon: "◐",
				key: "theme.system"
			},
			{
				value: "light",
				icon: "☀",
				key: "theme.light"
			},
			{
				value: "dark",
				icon: "☾",
				key: "theme.dark"
			}
		];
		let choice = "system";
		$$renderer.push(`<fieldset class="theme-choice"${attr("disabled", true, true)}><legend>${escape_html(i18n.t("theme.label"))}</legend> <div class="theme-options"><!--[-->`);
		const each_array = ensure_array_like(choices);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let option = each_array[$$index];
			$$renderer.push(`<label class="theme-option"${attr("data-theme-choice", option.value)}><input type="radio" name="theme"${attr("value", option.value)}${attr("checked", choice === option.value, true)}/> <span aria-hidden="true">${escape_html(option.icon)}</span> ${escape_html(i18n.t(option.key))}</label>`);
		}
		$$renderer.push(`<!--]--></div></fieldset>`);
	});
}
// src/lib/components/UpdateNotice.svelte
function UpdateNotice($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		const i18n = getI18n();
		const status = getOfflineStatus();
		getProgressSession();
		$$renderer.push(`<div class="update-region" role="status">`);
		if (status.updateAvailable) $$renderer.push(`<!--[0--><p class="notice update-notice svelte-puqwbv"><span>${escape_html(i18n.t("update.available"))}</span> <button type="button" class="button svelte-puqwbv"${attr("disabled", status.reloading, true)}>${escape_html(status.reloading ? i18n.t("update.reloading") : i18n.t("update.reload"))}</button></p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div>`);
	});
}
// src/routes/[lang=lang]/+layout.svelte
function _layout($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, children } = $$props;
		const t = derived(() => data.t);
		setI18n({
			get lang() {
				return data.lang;
			},
			get t() {
				return t();
			}
		});
		const session = getProgressSession();
		const other = derived(() => otherLang(data.lang));
		let section = "";
		const switchHref = derived(() => samePageIn(other(), page.route.id, page.params) + (section ? `#${section}` : ""));
		let frame = 0;
		function followSection() {
			cancelAnimationFrame(frame);
			frame = requestAnimationFrame(() => {
				section = [...document.querySelectorAll("main :is(h2, h3)[id]:not(.toc-heading)")].filter((h) => h.getBoundingClientRect().top < 120).at(-1)?.id ?? "";
			});
		}
		afterNavigate(followSection);
		head("1vgg9n1", $$renderer, ($$renderer) => {
			$$renderer.push(`<meta name="description"${attr("content", t()("meta.description"))}/> <link rel="preload"${attr("href", stringsUrl[data.lang])} as="fetch" crossorigin="anonymous"/>`);
		});
		$$renderer.push(`<a class="skip-link" href="#main">${escape_html(t()("nav.skipToContent"))}</a> <header class="site-header"><div class="bar"><a class="brand"${attr("href", paths.home(data.lang))}>${escape_html(t()("meta.courseTitle"))}</a> <div class="status-line">`);
		OfflineIndicator($$renderer, {});
		$$renderer.push(`<!----></div> <a class="lang-switch"${attr("href", switchHref())}${attr("hreflang", htmlLang[other()])}${attr("lang", htmlLang[other()])}${attr("aria-label", t()("nav.switchLanguageLabel"))}${attr("data-sveltekit-noscroll", section ? void 0 : "")}>${escape_html(t()("nav.switchLanguage"))}</a> <button type="button" class="menu-button" popovertarget="site-menu"><span aria-hidden="true">☰</span> <span class="menu-button-text">${escape_html(t()("nav.menu"))}</span></button> <nav id="site-menu" class="tools" popover="auto"${attr("aria-label", t()("nav.siteMenu"))}><a class="nav-link"${attr("href", paths.glossary(data.lang))}>${escape_html(t()("nav.glossary"))}</a> `);
		ThemeToggle($$renderer, {});
		$$renderer.push(`<!----></nav></div> `);
		UpdateNotice($$renderer, {});
		$$renderer.push(`<!----> `);
		$$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (session.current?.writeError) $$renderer.push(`<!--[0--><p class="notice error" role="alert">${escape_html(t()("progress.saveFailed", { reason: session.current.writeError }))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></header> <main id="main" tabindex="-1">`);
		children($$renderer);
		$$renderer.push(`<!----></main>`);
	});
}
export { _layout as default };

//# sourceMappingURL=_layout.svelte.js.map
import { r as afterNavigate } from "../../chunks/framework.js";
import { C as setOfflineStatus, b as setProgressSession, v as ProgressSession, x as OfflineStatus } from "../../chunks/course.js";
// src/routes/+layout.svelte
function _layout($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { children } = $$props;
		setProgressSession(new ProgressSession());
		const offline = new OfflineStatus();
		setOfflineStatus(offline);
		afterNavigate(() => void offline.checkForUpdate());
		children($$renderer);
		$$renderer.push(`<!---->`);
	});
}
export { _layout as default };

//# sourceMappingURL=_layout.svelte.js.map
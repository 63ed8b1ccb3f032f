import "../../chunks/framework.js";
// src/routes/+error.svelte
function _error($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		$$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}
export { _error as default };

//# sourceMappingURL=_error.svelte.js.map
import { S as html } from "./framework.js";
// src/lib/components/TrustedHtml.svelte
function TrustedHtml($$renderer, $$props) {
	let { html: html$1 } = $$props;
	$$renderer.push(`${html(html$1)}`);
}
export { TrustedHtml as t };

//# sourceMappingURL=TrustedHtml.js.map

import root from '../root.js';
import { set_building, set_prerendering } from '$app/env/internal';
import { set_assets } from '$app/paths/internal/server';
import { set_manifest, set_read_implementation } from '__sveltekit/server';
import { set_private_env, set_public_env } from '../../../node_modules/@sveltejs/kit/src/runtime/shared-server.js';
import error from '../shared/error-template.js';

export const options = {
	app_template_contains_nonce: false,
	async: false,
	csp: {"mode":"hash","directives":{"default-src":["self"],"worker-src":["self"],"connect-src":["self"],"font-src":["self"],"img-src":["self","data:"],"manifest-src":["self"],"object-src":["none"],"script-src":["self","sha256-KbqfR5g0z2q5gbb8+ZjKwQqBP1QL052pmTrDbVxxKiY="],"style-src":["self","unsafe-hashes","sha256-0g/pxo7JB/uly6brz5dJ+AYJyCt0KygACeQB8Vd9VoU=","sha256-3ZXOxtby7pScEl573aXe8RVm6tKN7uNc9aiJuuHt4Tw=","sha256-Kec9sKaj4rimphtwZpndJ5CMaz+/3bt77xFukaqQSzA=","sha256-uhtKaN8JSB3eXHJElYLq7FFkMWiz7FjL3Mwzka13z38=","sha256-SDcWgR3OgPRkt7UxTeSFAA44EWm+5aGhkiK7WnohatA=","sha256-yECdBFTpRW6f3MQkUBuCo1ighQ4xco2eXuo1w7X1otw=","sha256-JMmfgvArmHG863RVMpsTZWLdOLl75KgYDBJWFbCiVnM=","sha256-FUNRYdVX3Sfr6G+2Ms/aC+qsQmY/qwMiC7qL7CnlXOM=","sha256-3t42If60PuQnJIXsdTy/l6hZP6DFU4IHUdPGX21PMtA=","sha256-cPxQsJWkpnJ5EJcwy3/8zs4aM7g37UO6YVVVlPm0tiA=","sha256-LjedJ76XI0CzMuTs6t4sfRoltyFk2yuptAjW0qyqFnk=","sha256-QtCfcKy44u1tqs7Bb7RGVllCdZl7kT64Aa1eo1NIPso=","sha256-9jdkaNMnuYC+HI+9w0vTXy2+DPgRnfWGWt4wVaBi5V8=","sha256-4WvdDoX54woulq4P8/vgTyTQ0AAwh3+XGYo6ClBDq8k=","sha256-18fzIHZ2oxqpL8kk/mEnvorLfA7F734HF1hswcJGpMU=","sha256-g57G2U9vUxaPUMSRq7ts9FClJ03YvsGBhTz3TAJN8aU=","sha256-Ul24TdaAItUq8Onjm1WWdarFwh9k5BontQsaI+GG/4M=","sha256-CgbRoSpRsgW29Uc/eX5xiM4WCy4/YqX5MSoFUltW+Qs=","sha256-IAHJBxzDxakAlW8uZbzwYgqeEj2xD6fEnPm6/RqHutQ=","sha256-IBqHj3n3bDBwCGkdawT89z0jXaJ44lRlnvcrW3hnYN0=","sha256-uxN10dt/O2OHzNf4Faa4NiGZzeHdWhoRNtb2sv3nnZg=","sha256-9nOW3NWyka//IbAplW5gUOI7XYDzebIAoF70mKleiz4=","sha256-7zqtIipo+KPt57mZFaDHNWEjsJB5QKu+GA8HWdbKSkE=","sha256-3Sa4mJ2rcAucC4GZyCI1bL33sYmwLw6gZomhU+UlPrk=","sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo="],"base-uri":["self"],"form-action":["self"],"upgrade-insecure-requests":false,"block-all-mixed-content":false},"reportOnly":{"upgrade-insecure-requests":false,"block-all-mixed-content":false}},
	csrf_check_origin: true,
	csrf_trusted_origins: [],
	embedded: false,
	env_public_prefix: 'PUBLIC_',
	env_private_prefix: '',
	hash_routing: false,
	hooks: null, // added lazily, via `get_hooks`
	preload_strategy: "modulepreload",
	root,
	service_worker: false,
	service_worker_options: null,
	server_error_boundaries: false,
	templates: {
		app: ({ head, body, assets, nonce, env }) => "<!doctype html>\n<html lang=\"%lang%\">\n\t<head>\n\t\t<meta charset=\"utf-8\" />\n\t\t<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n\t\t<meta name=\"color-scheme\" content=\"light dark\" />\n\t\t<link rel=\"icon\" href=\"" + assets + "/favicon.svg\" type=\"image/svg+xml\" />\n\t\t<link rel=\"manifest\" href=\"" + assets + "/manifest.webmanifest\" />\n\t\t<link rel=\"apple-touch-icon\" href=\"" + assets + "/icons/icon-192.png\" />\n\t\t<meta name=\"theme-color\" media=\"(prefers-color-scheme: light)\" content=\"#ffffff\" />\n\t\t<meta name=\"theme-color\" media=\"(prefers-color-scheme: dark)\" content=\"#1f2024\" />\n\t\t<script>\n\t\t\t// Before first paint, so that a dark-theme reader never sees a white flash.\n\t\t\ttry {\n\t\t\t\tvar theme = localStorage.getItem('k8s-course.theme');\n\t\t\t\tif (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;\n\t\t\t} catch (e) {}\n\t\t</script>\n\t\t" + head + "\n\t</head>\n\t<!-- Every link is a page load, as in plain HTML: a page's data travels once, inside the page,\n\t     and the service worker serves pages offline. No client-side routing, no __data.json. -->\n\t<body data-sveltekit-reload>\n\t\t<div class=\"app\">" + body + "</div>\n\t</body>\n</html>\n",
		error
	},
	version_hash: "ubtkon"
};

export async function get_hooks() {
	let handle;
	let handleFetch;
	let handleError;
	let handleValidationError;
	let init;
	({ handle, handleFetch, handleError, handleValidationError, init } = await import("../../../src/hooks.server.ts"));

	let reroute;
	let transport;
	

	return {
		handle,
		handleFetch,
		handleError,
		handleValidationError,
		init,
		reroute,
		transport
	};
}

export { set_assets, set_building, set_manifest, set_prerendering, set_private_env, set_public_env, set_read_implementation };

export const manifest = (() => {
function __memo(fn) {
	let value;
	return () => value ??= (value = fn());
}

return {
	appDir: "_app",
	appPath: "_app",
	assets: new Set(["favicon.svg","icons/icon-192.png","icons/icon-512.png","icons/icon-maskable-512.png","manifest.webmanifest","service-worker.js"]),
	mimeTypes: {".svg":"image/svg+xml",".png":"image/png",".webmanifest":"application/manifest+json",".json":"application/json"},
	_: {
		client: {start:"_app/immutable/entry/start.DFb76Ytv.js",app:"_app/immutable/entry/app.BEzaQuTG.js",imports:["_app/immutable/entry/start.DFb76Ytv.js","_app/immutable/chunks/BkCfBF1b.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/entry/app.BEzaQuTG.js","_app/immutable/chunks/qo7CHCzQ.js","_app/immutable/chunks/BkCfBF1b.js","_app/immutable/chunks/DK3Fl9T5.js"],stylesheets:[],fonts:[],uses_env_dynamic_public:false},
		nodes: [
			__memo(() => import('./nodes/0.js')),
			__memo(() => import('./nodes/1.js')),
			__memo(() => import('./nodes/2.js')),
			__memo(() => import('./nodes/3.js')),
			__memo(() => import('./nodes/4.js')),
			__memo(() => import('./nodes/5.js')),
			__memo(() => import('./nodes/6.js')),
			__memo(() => import('./nodes/7.js')),
			__memo(() => import('./nodes/8.js'))
		],
		remotes: {
			
		},
		routes: [
			{
				id: "/",
				pattern: /^\/$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 3 },
				endpoint: null
			},
			{
				id: "/404.html",
				pattern: /^\/404\.html\/?$/,
				params: [],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/404.html/_server.ts.js'))
			},
			{
				id: "/[lang=lang]",
				pattern: /^\/([^/]+?)\/?$/,
				params: [{"name":"lang","matcher":"lang","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 4 },
				endpoint: null
			},
			{
				id: "/[lang=lang]/glossary",
				pattern: /^\/([^/]+?)\/glossary\/?$/,
				params: [{"name":"lang","matcher":"lang","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 5 },
				endpoint: null
			},
			{
				id: "/[lang=lang]/lessons/[id]",
				pattern: /^\/([^/]+?)\/lessons\/([^/]+?)\/?$/,
				params: [{"name":"lang","matcher":"lang","optional":false,"rest":false,"chained":false},{"name":"id","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 6 },
				endpoint: null
			},
			{
				id: "/[lang=lang]/lessons/[id]/quiz",
				pattern: /^\/([^/]+?)\/lessons\/([^/]+?)\/quiz\/?$/,
				params: [{"name":"lang","matcher":"lang","optional":false,"rest":false,"chained":false},{"name":"id","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 7 },
				endpoint: null
			},
			{
				id: "/[lang=lang]/team",
				pattern: /^\/([^/]+?)\/team\/?$/,
				params: [{"name":"lang","matcher":"lang","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 8 },
				endpoint: null
			}
		],
		prerendered_routes: new Set([]),
		matchers: async () => {
			const { match: lang } = await import ('./entries/matchers/lang.js')
			return { lang };
		},
		server_assets: {"_app/immutable/assets/en.gvLT7a59.json":12901,"_app/immutable/assets/zh.CvyjBSsz.json":13280}
	}
}
})();

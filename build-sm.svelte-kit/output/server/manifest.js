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
			__memo(() => import('./nodes/1.js'))
		],
		remotes: {
			
		},
		routes: [
			
		],
		prerendered_routes: new Set(["/","/404.html","/zh/","/zh/__data.json","/en/","/en/__data.json","/zh/glossary/","/zh/glossary/__data.json","/en/glossary/","/en/glossary/__data.json","/zh/lessons/containers/","/zh/lessons/containers/__data.json","/zh/lessons/kubernetes/","/zh/lessons/kubernetes/__data.json","/zh/lessons/kubernetes-architecture/","/zh/lessons/kubernetes-architecture/__data.json","/zh/lessons/cloud-native/","/zh/lessons/cloud-native/__data.json","/zh/lessons/cncf/","/zh/lessons/cncf/__data.json","/zh/lessons/vms-and-containers/","/zh/lessons/vms-and-containers/__data.json","/zh/lessons/global-cloud-services/","/zh/lessons/global-cloud-services/__data.json","/zh/lessons/china-cloud-services/","/zh/lessons/china-cloud-services/__data.json","/zh/lessons/containerized-applications/","/zh/lessons/containerized-applications/__data.json","/zh/lessons/troubleshooting/","/zh/lessons/troubleshooting/__data.json","/en/lessons/containers/","/en/lessons/containers/__data.json","/en/lessons/kubernetes/","/en/lessons/kubernetes/__data.json","/en/lessons/kubernetes-architecture/","/en/lessons/kubernetes-architecture/__data.json","/en/lessons/cloud-native/","/en/lessons/cloud-native/__data.json","/en/lessons/cncf/","/en/lessons/cncf/__data.json","/en/lessons/vms-and-containers/","/en/lessons/vms-and-containers/__data.json","/en/lessons/global-cloud-services/","/en/lessons/global-cloud-services/__data.json","/en/lessons/china-cloud-services/","/en/lessons/china-cloud-services/__data.json","/en/lessons/containerized-applications/","/en/lessons/containerized-applications/__data.json","/en/lessons/troubleshooting/","/en/lessons/troubleshooting/__data.json","/zh/lessons/containers/quiz/","/zh/lessons/containers/quiz/__data.json","/zh/lessons/kubernetes/quiz/","/zh/lessons/kubernetes/quiz/__data.json","/zh/lessons/kubernetes-architecture/quiz/","/zh/lessons/kubernetes-architecture/quiz/__data.json","/zh/lessons/cloud-native/quiz/","/zh/lessons/cloud-native/quiz/__data.json","/zh/lessons/cncf/quiz/","/zh/lessons/cncf/quiz/__data.json","/zh/lessons/vms-and-containers/quiz/","/zh/lessons/vms-and-containers/quiz/__data.json","/zh/lessons/global-cloud-services/quiz/","/zh/lessons/global-cloud-services/quiz/__data.json","/zh/lessons/china-cloud-services/quiz/","/zh/lessons/china-cloud-services/quiz/__data.json","/zh/lessons/containerized-applications/quiz/","/zh/lessons/containerized-applications/quiz/__data.json","/zh/lessons/troubleshooting/quiz/","/zh/lessons/troubleshooting/quiz/__data.json","/en/lessons/containers/quiz/","/en/lessons/containers/quiz/__data.json","/en/lessons/kubernetes/quiz/","/en/lessons/kubernetes/quiz/__data.json","/en/lessons/kubernetes-architecture/quiz/","/en/lessons/kubernetes-architecture/quiz/__data.json","/en/lessons/cloud-native/quiz/","/en/lessons/cloud-native/quiz/__data.json","/en/lessons/cncf/quiz/","/en/lessons/cncf/quiz/__data.json","/en/lessons/vms-and-containers/quiz/","/en/lessons/vms-and-containers/quiz/__data.json","/en/lessons/global-cloud-services/quiz/","/en/lessons/global-cloud-services/quiz/__data.json","/en/lessons/china-cloud-services/quiz/","/en/lessons/china-cloud-services/quiz/__data.json","/en/lessons/containerized-applications/quiz/","/en/lessons/containerized-applications/quiz/__data.json","/en/lessons/troubleshooting/quiz/","/en/lessons/troubleshooting/quiz/__data.json","/zh/team/","/zh/team/__data.json","/en/team/","/en/team/__data.json"]),
		matchers: async () => {
			
			return {  };
		},
		server_assets: {"_app/immutable/assets/en.gvLT7a59.json":12901,"_app/immutable/assets/zh.CvyjBSsz.json":13280}
	}
}
})();

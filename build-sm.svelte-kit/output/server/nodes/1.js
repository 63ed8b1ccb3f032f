

export const index = 1;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/_error.svelte.js')).default;
export const imports = ["_app/immutable/nodes/1.BI4MMggp.js","_app/immutable/chunks/BkCfBF1b.js","_app/immutable/chunks/DK3Fl9T5.js"];
export const stylesheets = [];
export const fonts = [];

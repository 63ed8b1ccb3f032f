// src/routes/+layout.ts
var prerender = true;
var trailingSlash = "always";
export { prerender, trailingSlash };

//# sourceMappingURL=_layout.ts.js.map
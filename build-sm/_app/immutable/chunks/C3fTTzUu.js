var e=e=>e.split(`
`),t=e=>e.trim()!==``;export{t as n,e as t};
//# sourceMappingURL=C3fTTzUu.js.map
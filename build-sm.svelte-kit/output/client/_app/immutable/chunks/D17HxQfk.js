import{D as e,F as t,P as n,Z as r}from"./BkCfBF1b.js";function i(i,a){var o=t(),s=r(o);e(s,()=>a.html),n(i,o)}export{i as t};
//# sourceMappingURL=D17HxQfk.js.map
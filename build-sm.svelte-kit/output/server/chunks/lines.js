// src/lib/quiz/types/code-lines/lines.ts
/** The lines of a question's code, as numbered for the learner (from 1). */
var codeLines = (code) => code.split("\n");
/** An empty line is never an answer, so it is not offered. */
var isSelectable = (line) => line.trim() !== "";
export { isSelectable as n, codeLines as t };

//# sourceMappingURL=lines.js.map
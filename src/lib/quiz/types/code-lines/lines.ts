/** The lines of a question's code, as numbered for the learner (from 1). */
export const codeLines = (code: string) => code.split('\n');

/** An empty line is never an answer, so it is not offered. */
export const isSelectable = (line: string) => line.trim() !== '';

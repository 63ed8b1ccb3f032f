// src/lib/quiz/types/short-answer/normalize.ts
/**
* What two short answers must share to count as the same: NFKC folds full-width letters, digits
* and punctuation to half-width (Ｋ８ｓ → K8s); case and white space do not count; punctuation
* around the answer does not count.
*/
function normalizeAnswer(text) {
	return text.normalize("NFKC").toLowerCase().replace(/\s+/gu, "").replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, "");
}
export { normalizeAnswer as t };

//# sourceMappingURL=normalize.js.map
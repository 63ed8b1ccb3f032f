import { t as __exportAll } from "./rolldown-runtime.js";
// src/lib/quiz/random.ts
/** A small seeded generator (mulberry32): the same seed gives the same order on every device. */
function seededRandom(seed) {
	let state = seed >>> 0;
	return () => {
		state = state + 1831565813 >>> 0;
		let t = state;
		t = Math.imul(t ^ t >>> 15, t | 1);
		t ^= t + Math.imul(t ^ t >>> 7, t | 61);
		return ((t ^ t >>> 14) >>> 0) / 4294967296;
	};
}
function hash(text) {
	let h = 2166136261;
	for (const char of text) h = Math.imul(h ^ char.codePointAt(0), 16777619);
	return h >>> 0;
}
/** The generator for one question of one attempt. */
function questionRandom(seed, questionId) {
	return seededRandom((seed ^ hash(questionId)) >>> 0);
}
function shuffled(items, random) {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}
// src/lib/quiz/types/ordering/index.ts
var ordering_exports = /* @__PURE__ */ __exportAll({
	default: () => ordering,
	longestInOrder: () => longestInOrder
});
/**
* The longest run of items that stand in the right order relative to each other (a longest
* increasing subsequence of their right positions), as item ids in the learner's order. One item
* moved elsewhere leaves every other item in it.
*/
function longestInOrder(response, rightOrder) {
	const positions = response.map((id) => rightOrder.indexOf(id));
	const tails = [];
	const before = [];
	positions.forEach((position, index) => {
		let low = 0;
		let high = tails.length;
		while (low < high) {
			const middle = low + high >> 1;
			if (positions[tails[middle]] < position) low = middle + 1;
			else high = middle;
		}
		before[index] = low > 0 ? tails[low - 1] : -1;
		tails[low] = index;
	});
	const run = [];
	for (let index = tails.at(-1) ?? -1; index >= 0; index = before[index]) run.unshift(response[index]);
	return run;
}
var ordering = {
	type: "ordering",
	grade(question, response) {
		const right = question.items.map((item) => item.id);
		const correct = response.every((id, index) => id === right[index]);
		if (question.scoring !== "partial" || correct) return {
			score: correct ? 1 : 0,
			correct
		};
		const run = longestInOrder(response, right).length;
		return {
			score: Math.max(0, run - 1) / (right.length - 1),
			correct
		};
	},
	isAnswered(question, response) {
		return response !== void 0 && response.length === question.items.length;
	},
	parseResponse(question, value) {
		if (!Array.isArray(value) || value.length !== question.items.length) return void 0;
		const ids = question.items.map((item) => item.id);
		return new Set(value).size === ids.length && value.every((id) => typeof id === "string" && ids.includes(id)) ? value : void 0;
	},
	initialResponse(question, random) {
		const right = question.items.map((item) => item.id);
		const isRight = (order) => order.every((id, index) => id === right[index]);
		let order = shuffled(right, random);
		for (let tries = 0; tries < 5 && isRight(order); tries++) order = shuffled(right, random);
		return isRight(order) ? [...right].reverse() : order;
	},
	view: () => import("./Ordering2.js")
};
export { shuffled as i, ordering_exports as n, questionRandom as r, longestInOrder as t };

//# sourceMappingURL=ordering.js.map
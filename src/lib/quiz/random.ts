/** A small seeded generator (mulberry32): the same seed gives the same order on every device. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function hash(text: string): number {
	let h = 2166136261;
	for (const char of text) h = Math.imul(h ^ char.codePointAt(0)!, 16777619);
	return h >>> 0;
}

/** The generator for one question of one attempt. */
export function questionRandom(seed: number, questionId: string): () => number {
	return seededRandom((seed ^ hash(questionId)) >>> 0);
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

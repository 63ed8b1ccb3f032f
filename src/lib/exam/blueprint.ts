import { questionRandom, seededRandom, shuffled } from '$lib/quiz/random';
import type { QuestionPurpose } from '$lib/quiz/schema-parts';

/**
 * The final exam's draw: about 20 questions from the track's lessons, at least two per lesson,
 * weighted toward apply and scenario questions. The draw is a pure function of the pool and a
 * seed, so a reload (or a language switch) that draws again with the stored seed gets the same
 * exam, and a retake with a new seed gets another.
 */
export interface PoolQuestion {
	id: string;
	kind: QuestionPurpose;
	trivia?: boolean;
}

export interface PoolLesson {
	lessonId: string;
	questions: readonly PoolQuestion[];
}

export interface DrawnQuestion {
	lessonId: string;
	questionId: string;
}

export const examSize = 20;
/** Every lesson of the track is examined, however few questions the draw has room for. */
export const minPerLesson = 2;
/**
 * The exam tests whether a learner can do the job: at most this share of it is recall, and
 * never more than the pool's own share of recall questions. The rest is apply and scenario.
 */
export const maxRecallShare = 0.3;

export interface DrawOptions {
	/** How many questions; more when the track has more than `size / 2` lessons. */
	size?: number;
	/**
	 * Questions to draw last (`lessonId:questionId`), such as those of the previous attempt, so that
	 * a retake asks other questions wherever the pool has them.
	 */
	avoid?: Iterable<string>;
}

/**
 * Apply and scenario questions first, then recall; a trivia question (a date, a name) proves
 * least and is drawn only when nothing else is left.
 */
type Tier = 'applied' | 'recall' | 'trivia-applied' | 'trivia-recall';
const tiers: readonly Tier[] = ['applied', 'recall', 'trivia-applied', 'trivia-recall'];

const isApplied = (question: PoolQuestion) => question.kind !== 'recall';

function tierOf(question: PoolQuestion): Tier {
	if (question.trivia) return isApplied(question) ? 'trivia-applied' : 'trivia-recall';
	return isApplied(question) ? 'applied' : 'recall';
}

interface LessonDraw {
	lessonId: string;
	/** Per tier, the questions still to draw, in the order they will be drawn. */
	left: Map<Tier, PoolQuestion[]>;
	/** The lesson's questions in this seed's order, for the order of the exam. */
	order: Map<string, number>;
	drawn: PoolQuestion[];
}

export const drawKey = (lessonId: string, questionId: string) => `${lessonId}:${questionId}`;

/** The draw for `seed`: in track order, lesson by lesson, each lesson's questions in seed order. */
export function drawExam(
	lessons: readonly PoolLesson[],
	seed: number,
	options: DrawOptions = {}
): DrawnQuestion[] {
	const avoid = new Set(options.avoid ?? []);
	const draws: LessonDraw[] = lessons.map(({ lessonId, questions }) => {
		// Each lesson shuffled by its own generator: an edit to one quiz changes no other lesson's draw.
		const order = shuffled(questions, questionRandom(seed, lessonId));
		const fresh = order.filter((question) => !avoid.has(drawKey(lessonId, question.id)));
		const stale = order.filter((question) => avoid.has(drawKey(lessonId, question.id)));
		const left = new Map<Tier, PoolQuestion[]>(tiers.map((tier) => [tier, []]));
		for (const question of [...fresh, ...stale]) left.get(tierOf(question))!.push(question);
		return {
			lessonId,
			left,
			order: new Map(order.map((question, index) => [question.id, index])),
			drawn: []
		};
	});

	const pool = lessons.reduce((sum, lesson) => sum + lesson.questions.length, 0);
	const minimums = lessons.reduce(
		(sum, lesson) => sum + Math.min(minPerLesson, lesson.questions.length),
		0
	);
	const size = Math.min(pool, Math.max(options.size ?? examSize, minimums));
	const total = () => draws.reduce((sum, lesson) => sum + lesson.drawn.length, 0);
	const applied = () =>
		draws.reduce((sum, lesson) => sum + lesson.drawn.filter(isApplied).length, 0);

	const take = (lesson: LessonDraw, tier: Tier) =>
		lesson.drawn.push(lesson.left.get(tier)!.shift()!);

	for (const lesson of draws) {
		while (lesson.drawn.length < minPerLesson) {
			const tier = tiers.find((candidate) => lesson.left.get(candidate)!.length > 0);
			if (!tier) break;
			take(lesson, tier);
		}
	}

	// Extra questions go to the lessons with the fewest so far; ties in an order of this seed.
	const lessonOrder = shuffled(draws, seededRandom(seed));
	const fill = (tier: Tier, enough: () => boolean) => {
		while (!enough() && total() < size) {
			let next: LessonDraw | undefined;
			for (const lesson of lessonOrder) {
				if (lesson.left.get(tier)!.length === 0) continue;
				if (!next || lesson.drawn.length < next.drawn.length) next = lesson;
			}
			if (!next) return;
			take(next, tier);
		}
	};
	const recallInPool = lessons.reduce(
		(sum, lesson) => sum + lesson.questions.filter((question) => !isApplied(question)).length,
		0
	);
	const recallRoom = Math.floor(size * Math.min(maxRecallShare, recallInPool / pool || 0));
	fill('applied', () => applied() >= size - recallRoom);
	fill('recall', () => false);
	fill('applied', () => false);
	fill('trivia-applied', () => false);
	fill('trivia-recall', () => false);

	return draws.flatMap((lesson) =>
		[...lesson.drawn]
			.sort((a, b) => lesson.order.get(a.id)! - lesson.order.get(b.id)!)
			.map((question) => ({ lessonId: lesson.lessonId, questionId: question.id }))
	);
}

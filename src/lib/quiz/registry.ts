import type { Component } from 'svelte';
import type { Localized } from '$lib/bilingual';
import { questionRandom } from './random';

/**
 * Every question type adds itself here by module augmentation from its own folder
 * (`types/<type>/index.ts`): `{ <type>: { question: <authored shape>; response: <answer shape> } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface QuestionTypeMap {}

export type QuestionKind = keyof QuestionTypeMap & string;

/** A question as authored: answer keys once, texts in both languages. */
export type AuthoredQuestion = {
	[K in QuestionKind]: QuestionTypeMap[K] extends { question: infer Q } ? Q : never;
}[QuestionKind];

/** A question as a page in one language receives it: texts are HTML in that language. */
export type Question = Localized<AuthoredQuestion>;

export type QuestionOf<K extends QuestionKind> = Localized<
	QuestionTypeMap[K] extends { question: infer Q } ? Q : never
>;
export type ResponseOf<K extends QuestionKind> = QuestionTypeMap[K] extends { response: infer R }
	? R
	: never;

export interface Grade {
	/** 0 to 1: the share of this question's point earned. */
	score: number;
	correct: boolean;
}

export interface QuestionViewProps<K extends QuestionKind> {
	question: QuestionOf<K>;
	response: ResponseOf<K> | undefined;
	/** After Check: the answer is locked and right and wrong are shown. */
	checked: boolean;
	onchange: (response: ResponseOf<K>) => void;
}

export interface QuestionPlugin<K extends QuestionKind> {
	type: K;
	grade(question: QuestionOf<K>, response: ResponseOf<K>): Grade;
	/** Whether the learner has answered enough to check. */
	isAnswered(question: QuestionOf<K>, response: ResponseOf<K> | undefined): boolean;
	/** Reads a response back from storage, which is untrusted: `undefined` when it does not fit. */
	parseResponse(question: QuestionOf<K>, value: unknown): ResponseOf<K> | undefined;
	/** The question as this attempt shows it, e.g. options shuffled with the attempt's seed. */
	arrange?(question: QuestionOf<K>, random: () => number): QuestionOf<K>;
	/** The answer before the learner changes anything, for types where that is an answer too. */
	initialResponse?(question: QuestionOf<K>, random: () => number): ResponseOf<K>;
	/** Loaded when a question of this type is first shown: a quiz page loads only the views it shows. */
	view(): Promise<{ default: Component<QuestionViewProps<K>> }>;
}

type AnyPlugin = { [K in QuestionKind]: QuestionPlugin<K> }[QuestionKind];

const modules = import.meta.glob<{ default: AnyPlugin }>('./types/*/index.ts', { eager: true });

const plugins = new Map<string, AnyPlugin>(
	Object.values(modules).map((module) => [module.default.type, module.default])
);

/** The plug-in for a question's type; the build has checked that every type is known. */
export function pluginFor<Q extends Question>(question: Q): QuestionPlugin<Q['type']> {
	const plugin = plugins.get(question.type);
	if (!plugin) throw new Error(`unknown question type "${question.type}"`);
	return plugin as unknown as QuestionPlugin<Q['type']>;
}

export type QuestionView = Component<QuestionViewProps<QuestionKind>>;
const views = new Map<string, QuestionView>();

/** A question's view if it is loaded already. */
export function loadedView(question: Question): QuestionView | undefined {
	return views.get(question.type);
}

/** Loads a question's view; a failed load (offline before the course was cached) can be tried again. */
export async function viewFor(question: Question): Promise<QuestionView> {
	const loaded = views.get(question.type);
	if (loaded) return loaded;
	const view = (await pluginFor(question).view()).default as unknown as QuestionView;
	views.set(question.type, view);
	return view;
}

/** The question as shown in one attempt: the same seed gives the same order after a reload. */
export function arrangeQuestion<Q extends Question>(question: Q, seed: number): Q {
	const plugin = pluginFor(question) as unknown as QuestionPlugin<QuestionKind>;
	return plugin.arrange
		? (plugin.arrange(question as never, questionRandom(seed, question.id)) as unknown as Q)
		: question;
}

/** What the learner has answered, or the answer a type starts from (an ordering's first order). */
export function currentResponse(question: Question, stored: unknown, seed: number): unknown {
	const plugin = pluginFor(question) as unknown as QuestionPlugin<QuestionKind>;
	return (
		plugin.parseResponse(question as never, stored) ??
		plugin.initialResponse?.(question as never, questionRandom(seed, `${question.id}:start`))
	);
}

export function gradeQuestion(question: Question, response: unknown): Grade {
	const plugin = pluginFor(question);
	const parsed = plugin.parseResponse(question, response);
	if (parsed === undefined) return { score: 0, correct: false };
	return plugin.grade(question, parsed);
}

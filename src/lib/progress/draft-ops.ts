/**
 * Changes to a quiz in progress, as compare-and-set operations: each carries what its tab saw,
 * and applies to the stored draft only if that still holds. The same rules serve a live change
 * (in one IndexedDB transaction) and the replay of a change journaled before a reload.
 */
import { isAnswer, isId, maxQuestions, type DraftRecord } from './records';

export type DraftOp =
	| { op: 'answer'; attemptId: string; question: string; value: unknown }
	/** Stores the answer the tab graded and marks it checked, together. */
	| { op: 'check'; attemptId: string; question: string; value: unknown }
	| { op: 'move'; attemptId: string; from: string; to: string };

/** This tab's changes to one draft not yet known to be stored, as kept in the journal. */
export interface JournalEntry {
	/** The tab that made them (see tab.ts). */
	tab: string;
	attemptId: string;
	/** The draft's revision they were made on. */
	base: number;
	ops: DraftOp[];
}

/** The draft after `op`, or `undefined` when `op` no longer applies (or changes nothing). */
export function applyDraftOp(
	draft: DraftRecord,
	op: DraftOp,
	now: string
): DraftRecord | undefined {
	if (op.attemptId !== draft.attemptId) return undefined;
	const updatedAt = now > draft.updatedAt ? now : draft.updatedAt;
	const revision = draft.revision + 1;
	if (op.op === 'move') {
		if (draft.current !== op.from || op.from === op.to || !isId(op.to)) return undefined;
		// A question added to the lesson after the attempt began joins it at the end.
		const questionIds = draft.questionIds.includes(op.to)
			? draft.questionIds
			: [...draft.questionIds, op.to];
		if (questionIds.length > maxQuestions) return undefined;
		return { ...draft, questionIds, current: op.to, revision, updatedAt };
	}
	if (
		!draft.questionIds.includes(op.question) ||
		draft.checked.includes(op.question) ||
		op.value === undefined ||
		!isAnswer(op.value)
	) {
		return undefined;
	}
	const answers = { ...draft.answers, [op.question]: op.value };
	const checked = op.op === 'check' ? [...draft.checked, op.question] : draft.checked;
	return { ...draft, answers, checked, revision, updatedAt };
}

const isTabId = (value: unknown): value is string =>
	typeof value === 'string' && /^[a-z0-9-]{1,64}$/.test(value);

function parseOp(value: unknown, attemptId: string): DraftOp | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const op = value as Record<string, unknown>;
	if (op.attemptId !== attemptId) return undefined;
	if (op.op === 'move' && isId(op.from) && isId(op.to)) {
		return { op: 'move', attemptId, from: op.from, to: op.to };
	}
	if ((op.op === 'answer' || op.op === 'check') && isId(op.question) && isAnswer(op.value)) {
		return { op: op.op, attemptId, question: op.question, value: op.value };
	}
	return undefined;
}

/** A journal entry read back from localStorage, which is untrusted: `undefined` unless exact. */
export function parseJournalEntry(text: string, lessonId: string): JournalEntry | undefined {
	if (text.length > 100_000 || !isId(lessonId)) return undefined;
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return undefined;
	}
	if (typeof raw !== 'object' || raw === null) return undefined;
	const entry = raw as Record<string, unknown>;
	if (
		!isTabId(entry.tab) ||
		!isId(entry.attemptId) ||
		!Number.isSafeInteger(entry.base) ||
		(entry.base as number) < 0 ||
		!Array.isArray(entry.ops) ||
		entry.ops.length === 0 ||
		entry.ops.length > 100
	) {
		return undefined;
	}
	const attemptId = entry.attemptId;
	const ops = entry.ops.map((op) => parseOp(op, attemptId));
	if (ops.some((op) => op === undefined)) return undefined;
	return { tab: entry.tab, attemptId, base: entry.base as number, ops: ops as DraftOp[] };
}

import { P as snapshot } from "./framework.js";
import { y as getProgressSession } from "./course.js";
import "idb-keyval";
function memoryStorage(initial = [], committed) {
	let map = new Map(initial);
	const copy = (value) => value === void 0 ? value : structuredClone(value);
	return {
		persistent: false,
		entries: async () => [...map].map(([key, value]) => [key, copy(value)]),
		get: async (key) => copy(map.get(key)),
		transact: async (read, decide) => {
			const keys = "keys" in read ? read.keys : [...map.keys()].filter(read.all);
			const changes = decide(new Map(keys.map((key) => [key, copy(map.get(key))])));
			const next = new Map(map);
			for (const key of changes.del ?? []) next.delete(key);
			for (const [key, value] of changes.set ?? []) next.set(key, copy(value));
			map = next;
			committed?.(map);
			return changes.result;
		}
	};
}
var keys = {
	lesson: (lessonId) => `lesson:${lessonId}`,
	attempt: (lessonId, attemptId) => `attempt:${lessonId}:${attemptId}`,
	draft: (lessonId) => `draft:${lessonId}`,
	/** Where a record that cannot be read is moved, so that nothing overwrites it. */
	setAside: (key, at) => `set-aside:${at}:${key}`
};
function kindOfKey(key) {
	const prefix = key.slice(0, key.indexOf(":"));
	if (prefix === "lesson" || prefix === "attempt" || prefix === "draft" || prefix === "set-aside") return prefix;
}
function isObject(value) {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
var idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
var isId = (value) => typeof value === "string" && value.length <= 200 && idPattern.test(value);
/** ISO 8601 as toISOString() writes it; Date.parse alone accepts nearly anything ("x 0"). */
var isoPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})$/;
var isTime = (value) => typeof value === "string" && isoPattern.test(value) && !Number.isNaN(Date.parse(value));
var isShare = (value) => typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 1;
var isIdList = (value) => Array.isArray(value) && value.length <= 200 && value.every(isId);
var isUniqueIdList = (value) => isIdList(value) && new Set(value).size === value.length;
var isSubsetOf = (list, of) => list.every((id) => of.includes(id));
var isSection = (value) => typeof value === "string" && value.length <= 200 && /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u.test(value);
var isDuration = (value) => typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 1e11;
var isSeed = (value) => Number.isSafeInteger(value) && value >= 0 && value <= 4294967295;
/** Means within rounding: scores are stored as computed, so only float noise may differ. */
var sameShare = (a, b) => Math.abs(a - b) <= 1e-9;
var isAnswerScalar = (value) => typeof value === "string" && value.length <= 200 || typeof value === "boolean" || typeof value === "number" && Number.isFinite(value);
/**
* What every question type answers with: a scalar, a list of scalars, or a map of ids to scalars.
* Nothing deeper, so that no answer from storage or a file makes any later walk over it costly.
*/
function isAnswer(value) {
	if (isAnswerScalar(value)) return true;
	if (Array.isArray(value)) return value.length <= 100 && value.every(isAnswerScalar);
	if (!isObject(value) || Object.getPrototypeOf(value) !== Object.prototype) return false;
	const entries = Object.entries(value);
	return entries.length <= 100 && entries.every(([key, inner]) => isId(key) && isAnswerScalar(inner));
}
/**
* The entries of a map kept for questions of the attempt whose values are accepted: own
* entries only, so that `__proto__` and friends never get through. What is dropped cannot
* break a view; an import refuses a file that had any (it must be exactly valid).
*/
function idMapOver(value, questionIds, accept) {
	if (!isObject(value)) return {};
	return Object.fromEntries(Object.entries(value).filter(([key, inner]) => isId(key) && questionIds.includes(key) && accept(inner)));
}
/** Steps that bring a record of schema N to N + 1, per kind of record. */
var migrations = {
	lesson: {
		1: (record) => ({
			...record,
			schema: 2,
			lastVisitedAt: record.openedAt,
			timeSpentMs: 0
		}),
		2: (record) => ({
			...record,
			schema: 3
		})
	},
	attempt: {
		1: (record) => ({
			...record,
			schema: 2,
			seed: 0,
			carried: []
		}),
		2: (record) => ({
			...record,
			schema: 3
		})
	},
	draft: {
		1: (record) => {
			const ids = Array.isArray(record.questionIds) ? record.questionIds : [];
			const index = typeof record.current === "number" ? record.current : 0;
			return {
				...record,
				schema: 2,
				current: ids[index] ?? ids[0],
				carried: []
			};
		},
		2: (record) => ({
			...record,
			schema: 3,
			revision: 0
		})
	}
};
function migrate(kind, value) {
	if (!isObject(value)) return void 0;
	let record = value;
	while (typeof record.schema === "number" && record.schema < 3) {
		const step = migrations[kind][record.schema];
		if (!step) return void 0;
		record = step(record);
	}
	return record.schema === 3 ? record : void 0;
}
function parseLessonRecord(value) {
	const raw = migrate("lesson", value);
	if (!raw || !isId(raw.lessonId) || !isTime(raw.openedAt)) return void 0;
	const lastVisitedAt = isTime(raw.lastVisitedAt) ? raw.lastVisitedAt : raw.openedAt;
	return {
		schema: 3,
		lessonId: raw.lessonId,
		openedAt: raw.openedAt,
		lastVisitedAt,
		...isTime(raw.finishedAt) ? { finishedAt: raw.finishedAt } : {},
		timeSpentMs: isDuration(raw.timeSpentMs) ? raw.timeSpentMs : 0,
		...isSection(raw.section) ? { section: raw.section } : {}
	};
}
function parseAttemptRecord(value) {
	const raw = migrate("attempt", value);
	if (!raw || !isId(raw.lessonId) || !isId(raw.attemptId) || !isTime(raw.startedAt) || !isTime(raw.finishedAt) || !isUniqueIdList(raw.questionIds) || raw.questionIds.length === 0 || !isShare(raw.score) || typeof raw.passed !== "boolean") return;
	const questionIds = raw.questionIds;
	const carried = raw.carried === void 0 ? [] : raw.carried;
	if (!isUniqueIdList(carried) || !isSubsetOf(carried, questionIds)) return void 0;
	const scores = idMapOver(raw.scores, questionIds, isShare);
	if (!sameShare(questionIds.reduce((sum, id) => sum + (scores[id] ?? 0), 0) / questionIds.length, raw.score)) return void 0;
	return {
		schema: 3,
		lessonId: raw.lessonId,
		attemptId: raw.attemptId,
		startedAt: raw.startedAt,
		finishedAt: raw.finishedAt,
		questionIds,
		answers: idMapOver(raw.answers, questionIds, isAnswer),
		scores,
		score: raw.score,
		passed: raw.passed,
		seed: isSeed(raw.seed) ? raw.seed : 0,
		carried
	};
}
function parseDraftRecord(value) {
	const raw = migrate("draft", value);
	if (!raw || !isId(raw.lessonId) || !isId(raw.attemptId) || !Number.isSafeInteger(raw.revision) || raw.revision < 0 || !isTime(raw.startedAt) || !isUniqueIdList(raw.questionIds) || raw.questionIds.length === 0 || !isSeed(raw.seed) || !isId(raw.current)) return;
	const questionIds = raw.questionIds;
	const updatedAt = isTime(raw.updatedAt) ? raw.updatedAt : raw.startedAt;
	const checked = raw.checked === void 0 ? [] : raw.checked;
	const carried = raw.carried === void 0 ? [] : raw.carried;
	if (!questionIds.includes(raw.current) || !isUniqueIdList(checked) || !isSubsetOf(checked, questionIds) || !isUniqueIdList(carried) || !isSubsetOf(carried, checked)) return;
	return {
		schema: 3,
		lessonId: raw.lessonId,
		attemptId: raw.attemptId,
		revision: raw.revision,
		startedAt: raw.startedAt,
		updatedAt,
		seed: raw.seed,
		questionIds,
		current: raw.current,
		answers: idMapOver(raw.answers, questionIds, isAnswer),
		checked,
		carried
	};
}
var parsers = {
	lesson: parseLessonRecord,
	attempt: parseAttemptRecord,
	draft: parseDraftRecord
};
/** The key a record belongs under: a record stored under another key is not trusted. */
function keyOf(kind, record) {
	if (kind === "attempt") {
		const attempt = record;
		return keys.attempt(attempt.lessonId, attempt.attemptId);
	}
	return kind === "lesson" ? keys.lesson(record.lessonId) : keys.draft(record.lessonId);
}
/** A stored record of a known kind, parsed and migrated; `undefined` when it cannot be read. */
function parseRecord(key, value) {
	const kind = kindOfKey(key);
	if (!kind || kind === "set-aside") return void 0;
	const record = parsers[kind](value);
	return record && keyOf(kind, record) === key ? {
		kind,
		record
	} : void 0;
}
function isoTime(milliseconds) {
	return new Date(milliseconds).toISOString();
}
/** A random id that works in insecure contexts too (an intranet host over plain HTTP). */
function newId() {
	const bytes = crypto.getRandomValues(/* @__PURE__ */ new Uint8Array(12));
	return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
function newSeed() {
	return crypto.getRandomValues(/* @__PURE__ */ new Uint32Array(1))[0];
}
// src/lib/progress/draft-ops.ts
/**
* Changes to a quiz in progress, as compare-and-set operations: each carries what its tab saw,
* and applies to the stored draft only if that still holds. The same rules serve a live change
* (in one IndexedDB transaction) and the replay of a change journaled before a reload.
*/
/** The draft after `op`, or `undefined` when `op` no longer applies (or changes nothing). */
function applyDraftOp(draft, op, now) {
	if (op.attemptId !== draft.attemptId) return void 0;
	const updatedAt = now > draft.updatedAt ? now : draft.updatedAt;
	const revision = draft.revision + 1;
	if (op.op === "move") {
		if (draft.current !== op.from || op.from === op.to || !isId(op.to)) return void 0;
		const questionIds = draft.questionIds.includes(op.to) ? draft.questionIds : [...draft.questionIds, op.to];
		if (questionIds.length > 200) return void 0;
		return {
			...draft,
			questionIds,
			current: op.to,
			revision,
			updatedAt
		};
	}
	if (!draft.questionIds.includes(op.question) || draft.checked.includes(op.question) || op.value === void 0 || !isAnswer(op.value)) return;
	const answers = {
		...draft.answers,
		[op.question]: op.value
	};
	const checked = op.op === "check" ? [...draft.checked, op.question] : draft.checked;
	return {
		...draft,
		answers,
		checked,
		revision,
		updatedAt
	};
}
var isTabId = (value) => typeof value === "string" && /^[a-z0-9-]{1,64}$/.test(value);
function parseOp(value, attemptId) {
	if (typeof value !== "object" || value === null) return void 0;
	const op = value;
	if (op.attemptId !== attemptId) return void 0;
	if (op.op === "move" && isId(op.from) && isId(op.to)) return {
		op: "move",
		attemptId,
		from: op.from,
		to: op.to
	};
	if ((op.op === "answer" || op.op === "check") && isId(op.question) && isAnswer(op.value)) return {
		op: op.op,
		attemptId,
		question: op.question,
		value: op.value
	};
}
/** A journal entry read back from localStorage, which is untrusted: `undefined` unless exact. */
function parseJournalEntry(text, lessonId) {
	if (text.length > 1e5 || !isId(lessonId)) return void 0;
	let raw;
	try {
		raw = JSON.parse(text);
	} catch {
		return;
	}
	if (typeof raw !== "object" || raw === null) return void 0;
	const entry = raw;
	if (!isTabId(entry.tab) || !isId(entry.attemptId) || !Number.isSafeInteger(entry.base) || entry.base < 0 || !Array.isArray(entry.ops) || entry.ops.length === 0 || entry.ops.length > 100) return;
	const attemptId = entry.attemptId;
	const ops = entry.ops.map((op) => parseOp(op, attemptId));
	if (ops.some((op) => op === void 0)) return void 0;
	return {
		tab: entry.tab,
		attemptId,
		base: entry.base,
		ops
	};
}
// src/lib/progress/store.svelte.ts
var channelName = "k8s-course-progress";
var maxAttemptMs = 72e5;
var isProgressKey = (key) => kindOfKey(key) !== void 0;
var unique = (ids) => ids.filter((id, index) => ids.indexOf(id) === index);
var plain = (value) => snapshot(value);
var ProgressStore = class {
	lessons = {};
	attempts = [];
	drafts = {};
	/** Keys of records that could not be read and were set aside (kept, and exported). */
	setAside = [];
	loaded = false;
	/** Set when a write failed; what was saved before is untouched. */
	writeError;
	/** Per lesson, the attempt whose result the learner is looking at (this visit only). */
	resultShown = {};
	/** False when the browser blocks IndexedDB and progress lives in memory only. */
	persistent = true;
	/** Per lesson: a change of this tab was refused because another tab had changed the quiz. */
	changedElsewhere = {};
	#storage;
	#pending = /* @__PURE__ */ new Set();
	#now;
	#journal;
	#tab;
	/** Per lesson, this tab's draft changes not yet committed, as journaled. */
	#unsaved = {};
	#channel;
	constructor(storage, options = {}) {
		this.#storage = Promise.resolve(storage).then((opened) => {
			this.persistent = opened.persistent;
			return opened;
		});
		this.#now = options.now ?? Date.now;
		this.#journal = options.journal;
		this.#tab = options.tab ?? {
			id: "this-tab",
			isGone: async () => false
		};
		this.#channel = options.channel;
		this.#channel?.addEventListener("message", () => void this.load());
	}
	/** Listens for and tells other tabs about changes, where the browser can. */
	static channel() {
		return typeof BroadcastChannel === "undefined" ? void 0 : new BroadcastChannel(channelName);
	}
	close() {
		this.#channel?.close();
		this.#channel = void 0;
	}
	async load() {
		const started = performance.now();
		const storage = await this.#storage;
		const lessons = {};
		const attempts = [];
		const drafts = {};
		const setAside = [];
		const unreadable = [];
		for (const [key, value] of await storage.entries()) {
			if (typeof key !== "string") continue;
			const kind = kindOfKey(key);
			if (kind === "set-aside") {
				setAside.push(key);
				continue;
			}
			if (!kind) continue;
			const parsed = parseRecord(key, value);
			if (!parsed) unreadable.push(key);
			else if (parsed.kind === "lesson") lessons[parsed.record.lessonId] = parsed.record;
			else if (parsed.kind === "attempt") attempts.push(parsed.record);
			else drafts[parsed.record.lessonId] = parsed.record;
		}
		if (unreadable.length > 0) setAside.push(...await this.#setAsideAll(storage, unreadable));
		attempts.sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
		await this.#replayJournal(storage, drafts);
		for (const [lessonId, shown] of Object.entries(this.drafts)) {
			const loaded = drafts[lessonId];
			if (loaded && loaded.attemptId === shown.attemptId && loaded.revision < shown.revision) drafts[lessonId] = plain(shown);
		}
		this.lessons = lessons;
		this.attempts = attempts;
		this.drafts = drafts;
		this.setAside = setAside;
		this.loaded = true;
		performance.measure("progress-load", { start: started });
	}
	/**
	* Moves records that cannot be read, or that no view could show, out of the way, in one
	* transaction, so that no later write replaces them. Returns the keys they are kept under.
	*/
	async #setAsideAll(storage, candidates) {
		const at = isoTime(this.#now());
		try {
			return await storage.transact({ keys: candidates }, (records) => {
				const moved = [];
				for (const [key, value] of records) {
					if (value === void 0 || parseRecord(key, value)) continue;
					moved.push([
						key,
						keys.setAside(key, at),
						value
					]);
				}
				return {
					del: moved.map(([key]) => key),
					set: moved.map(([, aside, value]) => [aside, value]),
					result: moved.map(([, aside]) => aside)
				};
			});
		} catch {
			return candidates;
		}
	}
	/**
	* Writes the changes that were still being saved when a page went away. An entry is
	* replayed only onto the draft it was made on, unchanged since (same attempt, same
	* revision), and only by the tab that made it, or once that tab is gone: a tab that is
	* still open will commit or drop its own changes, and a passive tab writes nothing.
	*/
	async #replayJournal(storage, drafts) {
		for (const [lessonId, text] of this.#journal?.entries() ?? []) {
			if (this.#unsaved[lessonId]) continue;
			const entry = parseJournalEntry(text, lessonId);
			const mine = entry?.tab === this.#tab.id;
			if (entry && !mine && !await this.#tab.isGone(entry.tab)) continue;
			const stored = drafts[lessonId];
			if (entry && stored?.attemptId === entry.attemptId && stored.revision === entry.base) try {
				const replayed = await storage.transact({ keys: [keys.draft(lessonId)] }, (read) => {
					const draft = parseDraftRecord(read.get(keys.draft(lessonId)));
					if (draft?.attemptId !== entry.attemptId || draft.revision !== entry.base) return { result: void 0 };
					let next = draft;
					for (const op of entry.ops) next = applyDraftOp(next, op, isoTime(this.#now())) ?? next;
					return next === draft ? { result: void 0 } : {
						set: [[keys.draft(lessonId), next]],
						result: next
					};
				});
				if (replayed) drafts[lessonId] = replayed;
			} catch {
				continue;
			}
			this.#journal?.clear(lessonId, text);
		}
	}
	/**
	* Moves to durable storage that answered late (IndexedDB opened after the time limit, while
	* the learner went on in memory): what was done meanwhile is merged into it by the rules of
	* an import merge, in one transaction, and from then on progress is saved.
	*/
	async adopt(durable) {
		const previous = this.#storage;
		const inFlight = [...this.#pending];
		let done = () => {};
		this.#storage = new Promise((resolve) => done = resolve);
		await Promise.allSettled(inFlight);
		const memory = await previous;
		try {
			const { planMerge } = await import("./transfer.js");
			const mine = (await memory.entries()).flatMap(([key, value]) => {
				const parsed = parseRecord(key, value);
				return parsed ? [{
					key,
					...parsed
				}] : [];
			});
			await durable.transact({ all: isProgressKey }, (stored) => {
				const current = {
					lessons: {},
					attempts: [],
					drafts: {}
				};
				for (const [key, value] of stored) {
					const parsed = parseRecord(key, value);
					if (parsed?.kind === "lesson") current.lessons[parsed.record.lessonId] = parsed.record;
					else if (parsed?.kind === "attempt") current.attempts.push(parsed.record);
					else if (parsed?.kind === "draft") current.drafts[parsed.record.lessonId] = parsed.record;
				}
				return {
					set: planMerge(current, mine).records.map(({ key, record }) => [key, plain(record)]),
					result: void 0
				};
			});
		} catch {
			done(memory);
			return false;
		}
		done(durable);
		this.persistent = durable.persistent;
		await this.load();
		return true;
	}
	/** Resolves once every write begun so far has ended, so that a reload cuts none short. */
	async settled() {
		while (this.#pending.size > 0) await Promise.allSettled([...this.#pending]);
	}
	/**
	* One transaction. `decide` sees the records read and says what to write; only a transaction
	* that wrote something tells the other tabs. Resolves to the result, or `undefined` when the
	* write failed (then nothing of it was stored, and `writeError` says why).
	*/
	async #transact(read, decide) {
		const started = performance.now();
		let wrote = false;
		const job = this.#storage.then((storage) => storage.transact(read, (records) => {
			const changes = decide(records);
			wrote = (changes.set?.length ?? 0) + (changes.del?.length ?? 0) > 0;
			return {
				...changes,
				set: changes.set?.map(([key, value]) => [key, plain(value)])
			};
		}));
		this.#pending.add(job);
		try {
			const result = await job;
			performance.measure("progress-write", { start: started });
			this.writeError = void 0;
			if (wrote) this.#channel?.postMessage("changed");
			return { result };
		} catch (error) {
			this.writeError = error instanceof Error ? error.message : String(error);
			return;
		} finally {
			this.#pending.delete(job);
		}
	}
	/**
	* Read-modify-write of one record in one transaction. `change` returns the new record, or
	* `undefined` to keep the stored one. A stored record that cannot be read is set aside in the
	* same transaction and `change` sees none. Resolves to the record as stored afterwards.
	*/
	async #update(key, parse, change) {
		const aside = keys.setAside(key, isoTime(this.#now()));
		const done = await this.#transact({ keys: [key] }, (records) => {
			const stored = records.get(key);
			const old = parse(stored);
			const unreadable = stored !== void 0 && old === void 0;
			const next = change(old);
			const set = [];
			if (unreadable) set.push([aside, stored]);
			if (next) set.push([key, next]);
			return {
				set,
				del: unreadable && !next ? [key] : [],
				result: {
					record: next ?? old,
					unreadable
				}
			};
		});
		if (done?.result.unreadable) this.setAside = [...this.setAside, aside];
		return done?.result.record;
	}
	async #updateLesson(lessonId, change) {
		const now = isoTime(this.#now());
		const record = await this.#update(keys.lesson(lessonId), parseLessonRecord, (old) => change(old ?? {
			schema: 3,
			lessonId,
			openedAt: now,
			lastVisitedAt: now,
			timeSpentMs: 0
		}));
		if (record) this.lessons[lessonId] = record;
	}
	openLesson(lessonId) {
		const now = isoTime(this.#now());
		return this.#updateLesson(lessonId, (old) => ({
			...old,
			lastVisitedAt: now
		}));
	}
	finishLesson(lessonId) {
		const now = isoTime(this.#now());
		return this.#updateLesson(lessonId, (old) => old.finishedAt ? void 0 : {
			...old,
			finishedAt: now
		});
	}
	/** Adds reading time, and where the learner is, in one write. */
	noteReading(lessonId, elapsedMs, section) {
		const now = isoTime(this.#now());
		const add = Math.min(Math.max(0, Math.round(elapsedMs)), 36e5);
		return this.#updateLesson(lessonId, (old) => ({
			...old,
			lastVisitedAt: now,
			timeSpentMs: old.timeSpentMs + add,
			...section ? { section } : {}
		}));
	}
	/**
	* The quiz in progress for a lesson, or a new one over `questionIds`. A retry carries the
	* answers the learner got right in `carry`: they count again and are not asked again.
	*/
	async startQuiz(lessonId, questionIds, carry = {
		ids: [],
		answers: {}
	}) {
		delete this.resultShown[lessonId];
		delete this.changedElsewhere[lessonId];
		const now = isoTime(this.#now());
		const ids = unique(questionIds);
		const carried = unique(carry.ids).filter((id) => ids.includes(id) && carry.answers[id] !== void 0);
		const first = ids.find((id) => !carried.includes(id)) ?? ids[0];
		if (!first) return void 0;
		const draft = await this.#update(keys.draft(lessonId), parseDraftRecord, (old) => old ? void 0 : {
			schema: 3,
			lessonId,
			attemptId: newId(),
			revision: 0,
			startedAt: now,
			updatedAt: now,
			seed: newSeed(),
			questionIds: ids,
			current: first,
			answers: Object.fromEntries(carried.map((id) => [id, carry.answers[id]])),
			checked: carried,
			carried
		});
		if (draft) this.drafts[lessonId] = draft;
		return draft;
	}
	/**
	* A compare-and-set on the stored draft: `op` carries what this tab saw, and applies only if
	* it still holds (same attempt; an answer only to a question not checked yet; a move only
	* from the question still current). It is journaled first, synchronously: the IndexedDB
	* write may be cut short by a reload. Resolves to whether it was applied.
	*/
	async #changeDraft(lessonId, op) {
		const shown = this.drafts[lessonId];
		if (!shown || op.attemptId !== shown.attemptId) return false;
		const unsaved = this.#unsaved[lessonId] ??= {
			tab: this.#tab.id,
			attemptId: op.attemptId,
			base: shown.revision,
			ops: []
		};
		if (unsaved.attemptId !== op.attemptId) {
			unsaved.attemptId = op.attemptId;
			unsaved.base = shown.revision;
			unsaved.ops = [];
		}
		unsaved.ops.push(op);
		this.#journal?.write(lessonId, JSON.stringify(unsaved));
		const key = keys.draft(lessonId);
		const done = await this.#transact({ keys: [key] }, (records) => {
			const stored = parseDraftRecord(records.get(key));
			const next = stored && applyDraftOp(stored, op, isoTime(this.#now()));
			return next ? {
				set: [[key, next]],
				result: {
					draft: next,
					applied: true
				}
			} : { result: {
				draft: stored,
				applied: false
			} };
		});
		const entry = this.#unsaved[lessonId];
		if (entry && done) {
			entry.ops = entry.ops.slice(entry.ops.indexOf(op) + 1);
			if (done?.result.draft) entry.base = done.result.draft.revision;
			if (entry.ops.length === 0) {
				delete this.#unsaved[lessonId];
				this.#journal?.clear(lessonId);
			} else this.#journal?.write(lessonId, JSON.stringify(entry));
		}
		if (!done) return false;
		const { draft, applied } = done.result;
		if (draft) this.#show(lessonId, draft);
		else delete this.drafts[lessonId];
		if (!applied) {
			this.changedElsewhere[lessonId] = true;
			await this.load();
		}
		return applied;
	}
	/** Shows a stored draft, unless this tab already shows a later revision of it. */
	#show(lessonId, draft) {
		const shown = this.drafts[lessonId];
		if (shown && shown.attemptId === draft.attemptId && shown.revision > draft.revision) return;
		this.drafts[lessonId] = draft;
	}
	#answerOp(op, lessonId, questionId, response) {
		const attemptId = this.drafts[lessonId]?.attemptId ?? "";
		return this.#changeDraft(lessonId, {
			op,
			attemptId,
			question: questionId,
			value: plain(response)
		});
	}
	saveAnswer(lessonId, questionId, response) {
		return this.#answerOp("answer", lessonId, questionId, response);
	}
	/** Stores `response` as the answer and marks it checked, in one step: what the tab graded. */
	checkAnswer(lessonId, questionId, response) {
		return this.#answerOp("check", lessonId, questionId, response);
	}
	goToQuestion(lessonId, questionId) {
		const draft = this.drafts[lessonId];
		return this.#changeDraft(lessonId, {
			op: "move",
			attemptId: draft?.attemptId ?? "",
			from: draft?.current ?? "",
			to: questionId
		});
	}
	/**
	* Saves the attempt and clears the quiz in progress, in one transaction, only if the stored
	* draft is still the one this tab graded (same attempt and revision).
	*/
	async finishQuiz(lessonId, result) {
		const draft = this.drafts[lessonId];
		if (!draft) return void 0;
		const questionIds = unique(result.questionIds);
		const asked = (id) => questionIds.includes(id);
		const only = (map) => Object.fromEntries(Object.entries(map).filter(([id]) => asked(id)));
		const attempt = {
			schema: 3,
			lessonId,
			attemptId: draft.attemptId,
			startedAt: draft.startedAt,
			finishedAt: isoTime(Math.max(this.#now(), Date.parse(draft.startedAt))),
			questionIds,
			answers: only(plain(draft.answers)),
			scores: only(result.scores),
			score: result.score,
			passed: result.passed,
			seed: draft.seed,
			carried: draft.carried.filter(asked)
		};
		const key = keys.draft(lessonId);
		const attemptKey = keys.attempt(lessonId, attempt.attemptId);
		const done = await this.#transact({ keys: [key] }, (records) => {
			const stored = parseDraftRecord(records.get(key));
			if (stored?.attemptId !== draft.attemptId || stored.revision !== draft.revision) return { result: false };
			return {
				set: [[attemptKey, attempt]],
				del: [key],
				result: true
			};
		});
		if (!done) return void 0;
		if (!done.result) {
			this.changedElsewhere[lessonId] = true;
			await this.load();
			return;
		}
		this.attempts = [...this.attempts.filter((a) => a.attemptId !== attempt.attemptId), attempt];
		delete this.drafts[lessonId];
		this.resultShown[lessonId] = attempt.attemptId;
		return attempt;
	}
	/** Every stored record, as stored: for export. Set-aside records are included untouched. */
	async snapshot() {
		return (await (await this.#storage).entries()).filter(([key]) => typeof key === "string" && isProgressKey(key));
	}
	/**
	* Writes records that have been validated already (an import), all in one transaction:
	* under any failure, storage is exactly as before. Replace removes every other record first,
	* except those set aside. Then reloads.
	*/
	async writeRecords(records, options) {
		const valid = records.filter(({ key, kind, record }) => keyOf(kind, record) === key);
		const done = await this.#transact(options.replace ? { all: isProgressKey } : { keys: [] }, (stored) => ({
			del: options.replace ? [...stored.keys()].filter((key) => kindOfKey(key) !== "set-aside") : [],
			set: valid.map(({ key, record }) => [key, record]),
			result: true
		}));
		await this.load();
		return done?.result === true;
	}
	/** Forgets one lesson's progress, or all of it (`lessonId` undefined), in one transaction. */
	async reset(lessonId) {
		const done = await this.#transact({ all: isProgressKey }, (stored) => ({
			del: [...stored.keys()].filter((key) => {
				if (kindOfKey(key) === "set-aside") return false;
				return lessonId === void 0 || key.split(":")[1] === lessonId;
			}),
			result: true
		}));
		if (lessonId) delete this.resultShown[lessonId];
		else this.resultShown = {};
		await this.load();
		return done?.result === true;
	}
	attemptsFor(lessonId) {
		return this.attempts.filter((attempt) => attempt.lessonId === lessonId);
	}
	bestScore(lessonId) {
		const scores = this.attemptsFor(lessonId).map((attempt) => attempt.score);
		return scores.length > 0 ? Math.max(...scores) : void 0;
	}
	lastAttempt(lessonId) {
		return this.attemptsFor(lessonId).at(-1);
	}
	stateOf(lessonId) {
		const attempts = this.attemptsFor(lessonId);
		if (this.drafts[lessonId]) return "quiz-in-progress";
		if (attempts.some((attempt) => attempt.passed)) return "passed";
		if (attempts.length > 0) return "needs-review";
		const lesson = this.lessons[lessonId];
		if (lesson?.finishedAt) return "read";
		if (lesson) return "reading";
		return "not-started";
	}
	/** How many of these lessons have a passed quiz. */
	passedCount(lessonIds) {
		return lessonIds.filter((id) => this.stateOf(id) === "passed").length;
	}
	/** How many of these lessons were read, or had their quiz passed: that shows it was learnt. */
	readCount(lessonIds) {
		return lessonIds.filter((id) => this.lessons[id]?.finishedAt || this.attemptsFor(id).some((a) => a.passed)).length;
	}
	/** When the learner last read, answered or finished a quiz. */
	lastActivity() {
		return [
			...Object.values(this.lessons).map((lesson) => lesson.lastVisitedAt),
			...this.attempts.map((attempt) => attempt.finishedAt),
			...Object.values(this.drafts).map((draft) => draft.updatedAt)
		].sort().at(-1);
	}
	/** Reading time plus quiz time, each quiz capped so that an idle tab does not count. */
	timeSpentMs(lessonId) {
		const lessons = Object.values(this.lessons).filter((l) => !lessonId || l.lessonId === lessonId);
		const attempts = lessonId ? this.attemptsFor(lessonId) : this.attempts;
		return lessons.reduce((sum, lesson) => sum + lesson.timeSpentMs, 0) + attempts.reduce((sum, a) => sum + Math.min(maxAttemptMs, Math.max(0, Date.parse(a.finishedAt) - Date.parse(a.startedAt))), 0);
	}
	/** Where to pick up: the quiz in progress touched last, else the lesson visited last. */
	resumePoint() {
		const draft = Object.values(this.drafts).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
		const lesson = Object.values(this.lessons).filter((l) => this.stateOf(l.lessonId) !== "passed").sort((a, b) => b.lastVisitedAt.localeCompare(a.lastVisitedAt))[0];
		if (draft && (!lesson || draft.updatedAt >= lesson.lastVisitedAt)) return {
			kind: "quiz",
			lessonId: draft.lessonId,
			at: draft.updatedAt
		};
		if (lesson) return {
			kind: "lesson",
			lessonId: lesson.lessonId,
			at: lesson.lastVisitedAt,
			section: lesson.section
		};
	}
};
// src/lib/progress/context.ts
/** The page's store, opened on first use: IndexedDB, its journal, its channel to other tabs. */
function openProgress(session) {
	if (session.current) return session.current;
	const progress = new ProgressStore(memoryStorage(), {
		channel: void 0,
		journal: void 0,
		tab: void 0
	});
	session.current = progress;
	return progress;
}
/** For components: the page's store, opened if nothing has opened it yet. */
function getProgress() {
	return openProgress(getProgressSession());
}
// src/lib/progress/download.ts
/** Saves a text as a file through the browser's download, with no server involved. */
function downloadText(fileName, text, type = "application/json") {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement("a");
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1e4);
}
// src/lib/progress/backup.ts
/** Downloads every stored record; resolves to the file's name. */
async function exportProgress(progress) {
	const { buildExport, exportFileName } = await import("./transfer.js");
	const now = Date.now();
	const name = exportFileName(now);
	downloadText(name, buildExport(await progress.snapshot(), now));
	return name;
}
export { kindOfKey as a, memoryStorage as c, isoTime as i, getProgress as n, migrate as o, ProgressStore as r, parseRecord as s, exportProgress as t };

//# sourceMappingURL=progress.js.map
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
	AttemptRecord,
	CardRecord,
	ExamRecord,
	LessonRecord,
	TrackRecord
} from '../src/lib/progress/records';
import {
	buildExport,
	maxImportBytes,
	planMerge,
	readImport,
	readProgressFile,
	type ImportedRecord
} from '../src/lib/progress/transfer';

const now = Date.parse('2026-11-28T12:00:00Z');

const lesson: LessonRecord = {
	schema: 4,
	lessonId: 'containers',
	openedAt: '2026-11-20T08:00:00.000Z',
	lastVisitedAt: '2026-11-21T08:00:00.000Z',
	finishedAt: '2026-11-20T08:10:00.000Z',
	timeSpentMs: 600_000,
	section: '什么是操作系统层虚拟化'
};
const attempt = (attemptId: string, score: number): AttemptRecord => ({
	schema: 4,
	lessonId: 'containers',
	attemptId,
	startedAt: '2026-11-20T08:11:00.000Z',
	finishedAt: '2026-11-20T08:15:00.000Z',
	questionIds: ['q1', 'q2'],
	answers: { q1: 'kernel', q2: ['namespaces'] },
	scores: { q1: 1, q2: score * 2 - 1 },
	score,
	passed: score >= 0.8,
	seed: 42,
	carried: []
});
const card: CardRecord = {
	schema: 4,
	lessonId: 'containers',
	questionId: 'q1',
	due: '2026-11-23T08:15:00.000Z',
	lastReview: '2026-11-20T08:15:00.000Z',
	state: 'review',
	stability: 3.2,
	difficulty: 5.1,
	scheduledDays: 3,
	learningSteps: 0,
	reps: 2,
	lapses: 1
};
const track: TrackRecord = { schema: 4, trackId: 'rnd', chosenAt: '2026-11-20T07:00:00.000Z' };
const exam: ExamRecord = {
	schema: 4,
	trackId: 'rnd',
	attemptId: 'e1',
	seed: 9,
	courseVersion: '0.1.0',
	startedAt: '2026-11-20T09:00:00.000Z',
	updatedAt: '2026-11-20T09:20:00.000Z',
	timeLimitMs: 3_600_000,
	questions: ['containers:q1', 'kubernetes:q1'],
	current: 'kubernetes:q1',
	answers: { 'containers:q1': 'kernel', 'kubernetes:q1': ['a', 'b'] },
	finishedAt: '2026-11-20T09:20:00.000Z',
	scores: { 'containers:q1': 1, 'kubernetes:q1': 0.5 },
	score: 0.75,
	passed: false
};
const entries: [string, unknown][] = [
	['lesson:containers', lesson],
	['attempt:containers:a1', attempt('a1', 0.5)],
	['attempt:containers:a2', attempt('a2', 1)],
	['card:containers:q1', card],
	['track:chosen', track],
	['exam:rnd:e1', exam]
];
const validFile = buildExport(entries, now);

function records(text: string): ImportedRecord[] {
	const result = readImport(text, now);
	if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
	return result.records;
}

describe('export and import', () => {
	it('round-trip every record exactly', () => {
		const imported = records(validFile);
		expect(imported.map((item) => [item.key, item.record])).toEqual(entries);
	});

	it('read an export of schema 1 records, migrated', () => {
		const v1 = buildExport(
			[
				[
					'lesson:containers',
					{ schema: 1, lessonId: 'containers', openedAt: '2026-11-20T08:00:00.000Z' }
				]
			],
			now
		);
		expect(records(v1)[0]?.record).toMatchObject({ schema: 4, timeSpentMs: 0 });
	});

	it('merge keeps the best scores by uniting attempts, and a second import changes nothing', () => {
		const mine = { lessons: {}, attempts: [attempt('a0', 0.9)], drafts: {}, cards: {}, exams: [] };
		const plan = planMerge(mine, records(validFile));
		expect(plan.newAttempts).toBe(2);
		expect(plan.lessonsChanged).toBe(1);
		const after = {
			lessons: { containers: lesson },
			attempts: [...mine.attempts, attempt('a1', 0.5), attempt('a2', 1)],
			drafts: {},
			cards: { 'containers:q1': card },
			track,
			exams: [exam]
		};
		expect(planMerge(after, records(validFile)).records).toEqual([]);
	});

	it('merge keeps the later review card, track choice and copy of an exam; the same file again changes nothing', () => {
		const later = { ...card, lastReview: '2026-11-22T08:00:00.000Z', reps: 3 };
		const going: ExamRecord = {
			...exam,
			answers: {},
			finishedAt: undefined,
			scores: undefined,
			score: undefined,
			passed: undefined
		};
		for (const field of ['finishedAt', 'scores', 'score', 'passed'] as const) delete going[field];
		const mine = {
			lessons: { containers: lesson },
			attempts: [attempt('a1', 0.5), attempt('a2', 1)],
			drafts: {},
			cards: { 'containers:q1': later },
			track: { ...track, chosenAt: '2026-11-19T07:00:00.000Z', trackId: 'full' },
			exams: [going]
		};
		const plan = planMerge(mine, records(validFile));
		// The card reviewed later is kept; the track chosen later and the finished exam come in.
		expect(plan.records.map((item) => item.key)).toEqual(['track:chosen', 'exam:rnd:e1']);
		expect(plan.othersChanged).toBe(2);
		const after = { ...mine, track, exams: [exam] };
		expect(planMerge(after, records(validFile)).records).toEqual([]);
	});

	it('merge keeps the earliest opening and finish and the larger reading time', () => {
		const mine: LessonRecord = {
			...lesson,
			openedAt: '2026-11-19T08:00:00.000Z',
			finishedAt: undefined,
			timeSpentMs: 900_000
		};
		delete mine.finishedAt;
		const plan = planMerge(
			{ lessons: { containers: mine }, attempts: [], drafts: {}, cards: {}, exams: [] },
			records(validFile)
		);
		expect(plan.records[0]?.record).toMatchObject({
			openedAt: '2026-11-19T08:00:00.000Z',
			finishedAt: lesson.finishedAt,
			timeSpentMs: 900_000,
			lastVisitedAt: lesson.lastVisitedAt
		});
	});
});

describe('a bad file is refused with its reason', () => {
	const withRecord = (key: string, value: unknown) =>
		JSON.stringify({
			format: 'k8s-course-progress',
			version: 1,
			exportedAt: '2026-11-28T00:00:00Z',
			records: { [key]: value }
		});
	const cases: [string, string, string][] = [
		['not JSON', '{"format": ', 'not-json'],
		['another JSON file', '{"name": "package"}', 'wrong-shape'],
		['an array', '[]', 'wrong-shape'],
		['an unknown version', validFile.replace('"version": 1', '"version": 7'), 'unknown-version'],
		['a very large file', ' '.repeat(maxImportBytes + 1), 'too-large'],
		[
			'a negative score',
			withRecord('attempt:containers:a1', { ...attempt('a1', 0.5), score: -1 }),
			'bad-record'
		],
		[
			'a score as text',
			withRecord('attempt:containers:a1', { ...attempt('a1', 0.5), score: '1' }),
			'bad-record'
		],
		[
			'a date in the future',
			withRecord('lesson:containers', { ...lesson, lastVisitedAt: '2031-01-01T00:00:00Z' }),
			'future-date'
		],
		[
			'a __proto__ key',
			withRecord('attempt:containers:a1', attempt('a1', 0.5)).replace(
				'"answers":{',
				'"answers":{"__proto__":{"polluted":true},'
			),
			'bad-record'
		],
		['an unknown field', withRecord('lesson:containers', { ...lesson, admin: true }), 'bad-record'],
		['a record under the wrong key', withRecord('lesson:kubernetes', lesson), 'bad-record'],
		['an unknown kind of record', withRecord('settings:theme', {}), 'bad-record'],
		[
			'a review card with an unknown field',
			withRecord('card:containers:q1', { ...card, note: 'x' }),
			'bad-record'
		],
		[
			'a review card last reviewed in the future',
			withRecord('card:containers:q1', {
				...card,
				lastReview: '2031-01-01T00:00:00.000Z',
				due: '2031-01-04T00:00:00.000Z'
			}),
			'future-date'
		],
		[
			'an exam answer to a question not drawn',
			withRecord('exam:rnd:e1', { ...exam, answers: { 'cncf:q9': 'x' } }),
			'bad-record'
		],
		['a track of schema 3', withRecord('track:chosen', { ...track, schema: 3 }), 'bad-record'],
		[
			'finished before it started',
			withRecord('attempt:containers:a1', {
				...attempt('a1', 0.5),
				finishedAt: '2026-11-01T00:00:00Z'
			}),
			'bad-record'
		]
	];

	it.each(cases)('%s', (_, text, code) => {
		const result = readImport(text, now);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problem.code).toBe(code);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});

describe('what a learner types', () => {
	it('comes back from an export exactly, markup-like text included: answers are only shown as text', () => {
		const typed = ['kubectl get pods -l app=<name>', '<img src=x onerror=alert(1)>', 'a & b "c"'];
		for (const answer of typed) {
			const record = { ...attempt('a1', 0.5), answers: { q1: answer, q2: ['namespaces'] } };
			const [imported] = records(buildExport([['attempt:containers:a1', record]], now));
			expect(imported?.record).toEqual(record);
		}
	});
});

describe('a chosen file', () => {
	it('is read like its text', async () => {
		const result = await readProgressFile(new Blob([validFile]), now);
		expect(result).toEqual(readImport(validFile, now));
		expect(result.ok).toBe(true);
	});

	it('is refused unread when too large', async () => {
		const huge = new Blob([' '.repeat(maxImportBytes + 1)]);
		expect(await readProgressFile(huge, now)).toEqual({
			ok: false,
			problem: { code: 'too-large' }
		});
	});

	it('is refused when the browser cannot read it', async () => {
		const unreadable = new Blob(['{}']);
		unreadable.text = () => Promise.reject(new DOMException('gone', 'NotReadableError'));
		expect(await readProgressFile(unreadable, now)).toEqual({
			ok: false,
			problem: { code: 'unreadable' }
		});
	});
});

describe('a thousand generated bad files', () => {
	const base = JSON.parse(validFile) as { records: Record<string, Record<string, unknown>> };
	const keys = Object.keys(base.records);

	/** A valid file with one field of one record set to `value`. */
	const mutated = (key: string, field: string, value: unknown) => {
		const copy = structuredClone(base);
		copy.records[key]![field] = value;
		return JSON.stringify(copy);
	};
	const fieldsOf = (key: string) => Object.keys(base.records[key]!);

	const badValue = fc.oneof(
		fc.constant(null),
		fc.constantFrom([null], { '': null }, [1, 2]),
		fc.double({ max: -1e-9, noNaN: true }),
		fc.double({ min: 1e12, noNaN: true }),
		fc.constantFrom(
			'<script>alert(1)</script>',
			'javascript:alert(1)',
			'<b>x</b>',
			'2099-01-01T00:00:00Z'
		),
		fc.string({ minLength: 1, maxLength: 5 }).map((s) => `NOT AN ID ${s}`)
	);

	const badFiles = fc.oneof(
		// Anything at all that is not an export.
		fc.string({ maxLength: 300 }),
		fc.jsonValue().map((value) => JSON.stringify(value)),
		// A real export with one field of one record made hostile.
		fc
			.record({ key: fc.constantFrom(...keys), value: badValue, pick: fc.nat() })
			.map(({ key, value, pick }) => {
				const fields = fieldsOf(key).filter((field) => field !== 'schema');
				return mutated(key, fields[pick % fields.length]!, value);
			}),
		// An extra, unknown field or a prototype key in a record.
		fc
			.record({
				key: fc.constantFrom(...keys),
				name: fc.constantFrom('__proto__', 'constructor', 'isAdmin', 'x')
			})
			.map(({ key, name }) =>
				JSON.stringify(base).replace(
					`${JSON.stringify(key)}:{`,
					`${JSON.stringify(key)}:{${JSON.stringify(name)}:{"polluted":true},`
				)
			),
		// The envelope broken.
		fc
			.constantFrom('format', 'version', 'records')
			.chain((field) => badValue.map((value) => JSON.stringify({ ...base, [field]: value })))
	);

	it('are all refused, and nothing leaks into the prototype chain', () => {
		fc.assert(
			fc.property(badFiles, (text) => {
				const result = readImport(text, now);
				expect(result.ok, text.slice(0, 200)).toBe(false);
				expect(({} as Record<string, unknown>).polluted).toBeUndefined();
			}),
			{ numRuns: 1500 }
		);
	});
});

import { a as kindOfKey, i as isoTime, o as migrate, s as parseRecord } from "./progress.js";
// src/lib/progress/transfer.ts
/**
* Export and import of progress as a JSON file. The format is documented in
* docs/PROGRESS-FORMAT.md. An imported file is untrusted: it is refused whole, with a reason,
* unless every record in it is exactly a valid record; nothing is written before that.
*/
var exportFormat = "k8s-course-progress";
var exportVersion = 1;
var maxImportBytes = 5242880;
var maxRecords = 2e4;
/**
* How deeply arrays and objects may nest. An export nests five deep (file, records, record,
* answers, answer); the margin is for records set aside as they were found. Checked on the
* text, without recursion, before anything walks the data recursively.
*/
var maxNesting = 32;
/** Clocks differ between machines; a day ahead is a wrong clock, not a forged file. */
var clockSkewMs = 864e5;
function buildExport(entries, now) {
	const file = {
		format: exportFormat,
		version: 1,
		exportedAt: isoTime(now),
		records: Object.fromEntries(entries)
	};
	return JSON.stringify(file, null, "	");
}
function exportFileName(now) {
	return `k8s-course-progress-${isoTime(now).slice(0, 19).replace(/[:T]/g, "-")}.json`;
}
function isPlainObject(value) {
	return typeof value === "object" && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}
/** JSON with sorted keys, so that two objects compare by content. */
function canonical(value) {
	if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
	if (typeof value === "object" && value !== null) return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(",")}}`;
	return JSON.stringify(value) ?? "undefined";
}
/** The deepest nesting of arrays and objects in a JSON text, found in one pass, no recursion. */
function nestingDepth(text) {
	let depth = 0;
	let deepest = 0;
	let inString = false;
	for (let index = 0; index < text.length; index++) {
		const char = text.charCodeAt(index);
		if (inString) {
			if (char === 92) index++;
			else if (char === 34) inString = false;
		} else if (char === 34) inString = true;
		else if (char === 91 || char === 123) deepest = Math.max(deepest, ++depth);
		else if (char === 93 || char === 125) depth--;
	}
	return deepest;
}
var timeFields = [
	"openedAt",
	"lastVisitedAt",
	"finishedAt",
	"startedAt",
	"updatedAt"
];
/** Reads a file the learner chose: too large, unreadable or invalid, it says why. */
async function readProgressFile(file, now) {
	if (file.size > 5242880) return {
		ok: false,
		problem: { code: "too-large" }
	};
	let text;
	try {
		text = await file.text();
	} catch {
		return {
			ok: false,
			problem: { code: "unreadable" }
		};
	}
	return readImport(text, now);
}
/**
* Reads an exported file. Nothing is written: the caller shows the plan, then writes. Never
* throws: whatever the file holds, the answer is its records or the reason it is refused.
*/
function readImport(text, now) {
	try {
		return readImportUnguarded(text, now);
	} catch {
		return {
			ok: false,
			problem: { code: "unreadable" }
		};
	}
}
function readImportUnguarded(text, now) {
	if (text.length > 5242880) return {
		ok: false,
		problem: { code: "too-large" }
	};
	if (nestingDepth(text) > 32) return {
		ok: false,
		problem: { code: "too-deep" }
	};
	let data;
	try {
		data = JSON.parse(text);
	} catch {
		return {
			ok: false,
			problem: { code: "not-json" }
		};
	}
	if (!isPlainObject(data) || data.format !== "k8s-course-progress" || !isPlainObject(data.records)) return {
		ok: false,
		problem: { code: "wrong-shape" }
	};
	if (data.version !== 1) return {
		ok: false,
		problem: {
			code: "unknown-version",
			version: String(data.version).slice(0, 20)
		}
	};
	const entries = Object.entries(data.records);
	if (entries.length > 2e4) return {
		ok: false,
		problem: { code: "too-many" }
	};
	const records = [];
	for (const [key, value] of entries) {
		const kind = kindOfKey(key);
		if (kind === "set-aside") continue;
		if (!kind || key.length > 500) return {
			ok: false,
			problem: {
				code: "bad-record",
				key: key.slice(0, 80)
			}
		};
		const parsed = parseRecord(key, value);
		if (!parsed || canonical(parsed.record) !== canonical(migrate(kind, value))) return {
			ok: false,
			problem: {
				code: "bad-record",
				key
			}
		};
		const record = parsed.record;
		for (const field of timeFields) {
			const time = record[field];
			if (typeof time === "string" && Date.parse(time) > now + clockSkewMs) return {
				ok: false,
				problem: {
					code: "future-date",
					key
				}
			};
		}
		if (parsed.kind === "attempt" && Date.parse(parsed.record.finishedAt) < Date.parse(parsed.record.startedAt)) return {
			ok: false,
			problem: {
				code: "bad-record",
				key
			}
		};
		records.push({
			key,
			kind: parsed.kind,
			record: parsed.record
		});
	}
	return {
		ok: true,
		records
	};
}
var earliest = (a, b) => a === void 0 ? b : b === void 0 ? a : a < b ? a : b;
var latest = (a, b) => a > b ? a : b;
function mergeLesson(mine, theirs) {
	const newer = theirs.lastVisitedAt > mine.lastVisitedAt ? theirs : mine;
	const finishedAt = earliest(mine.finishedAt, theirs.finishedAt);
	const section = newer.section ?? mine.section ?? theirs.section;
	return {
		schema: 3,
		lessonId: mine.lessonId,
		openedAt: earliest(mine.openedAt, theirs.openedAt),
		lastVisitedAt: latest(mine.lastVisitedAt, theirs.lastVisitedAt),
		...finishedAt ? { finishedAt } : {},
		timeSpentMs: Math.max(mine.timeSpentMs, theirs.timeSpentMs),
		...section ? { section } : {}
	};
}
/**
* Merge keeps everything: attempts are united (so best scores are kept), each lesson keeps its
* first opening and finish, and the newer of two quizzes in progress wins.
*/
function planMerge(current, incoming) {
	const plan = {
		records: [],
		newAttempts: 0,
		lessonsChanged: 0,
		draftsChanged: 0
	};
	const attemptKeys = new Set(current.attempts.map((a) => `attempt:${a.lessonId}:${a.attemptId}`));
	for (const item of incoming) if (item.kind === "attempt") {
		if (attemptKeys.has(item.key)) continue;
		plan.records.push(item);
		plan.newAttempts++;
	} else if (item.kind === "lesson") {
		const mine = current.lessons[item.record.lessonId];
		const merged = mine ? mergeLesson(mine, item.record) : item.record;
		if (mine && canonical(merged) === canonical(mine)) continue;
		plan.records.push({
			...item,
			record: merged
		});
		plan.lessonsChanged++;
	} else {
		const mine = current.drafts[item.record.lessonId];
		if (mine && mine.updatedAt >= item.record.updatedAt) continue;
		plan.records.push(item);
		plan.draftsChanged++;
	}
	return plan;
}
function planReplace(incoming) {
	return {
		records: incoming,
		newAttempts: incoming.filter((item) => item.kind === "attempt").length,
		lessonsChanged: incoming.filter((item) => item.kind === "lesson").length,
		draftsChanged: incoming.filter((item) => item.kind === "draft").length
	};
}
export { buildExport, exportFileName, exportFormat, exportVersion, maxImportBytes, maxNesting, maxRecords, nestingDepth, planMerge, planReplace, readImport, readProgressFile };

//# sourceMappingURL=transfer.js.map
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { inflateRawSync } from 'node:zlib';
import { expect, test, type Frame, type Page } from '@playwright/test';
import {
	answerAndGoOn,
	currentQuestion,
	lessonIds,
	passedQuizzesFile,
	quizKey,
	started,
	storedRecords
} from './helpers';
import { packagesReady } from './update-builds';

// What the service worker does is part of what these tests prove (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

// The SCORM packages hosted as an LMS hosts them: a launch page holds the run-time API of
// scorm-again (the library LMSs embed), opens the package's index.html from the path the LMS
// unpacked it to, and keeps what the course commits, on its server, for the next launch.
const port = Number(process.env.E2E_SCORM_PORT ?? 4421);
// One worker for the file: one build of the packages, one LMS server.
test.describe.configure({ mode: 'default' });
const origin = `http://127.0.0.1:${port}`;

const versions = {
	'1.2': {
		zip: 'dist/k8s-course-scorm12.zip',
		script: 'node_modules/scorm-again/dist/scorm12.min.js',
		make: 'window.API = new Scorm12API(settings); api = window.API;',
		content: '/pluginfile.php/31/mod_scorm/content/1/'
	},
	'2004': {
		zip: 'dist/k8s-course-scorm2004.zip',
		script: 'node_modules/scorm-again/dist/scorm2004.min.js',
		make: 'window.API_1484_11 = new Scorm2004API(settings); api = window.API_1484_11;',
		content: '/lms/packages/2004/7/'
	}
} as const;
type Version = keyof typeof versions;

/** The LMS's side: what the course committed last, per version, and whether commits fail. */
const lms = {
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- scorm-again's commit, as posted
	committed: {} as Partial<Record<Version, { cmi: Record<string, any> }>>,
	commits: { '1.2': 0, '2004': 0 } as Record<Version, number>,
	failing: false
};
let server: Server;

/** The entries of a zip, read with Node's zlib: the packages are checked as they are shipped. */
function readZip(file: string): Map<string, Buffer> {
	const zip = readFileSync(file);
	const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	const count = zip.readUInt16LE(end + 10);
	let at = zip.readUInt32LE(end + 16);
	const entries = new Map<string, Buffer>();
	for (let index = 0; index < count; index++) {
		const method = zip.readUInt16LE(at + 10);
		const size = zip.readUInt32LE(at + 20);
		const nameLength = zip.readUInt16LE(at + 28);
		const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
		const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
		const local = zip.readUInt32LE(at + 42);
		const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
		const body = zip.subarray(start, start + size);
		entries.set(name, method === 8 ? inflateRawSync(body) : Buffer.from(body));
		at += 46 + nameLength + extra;
	}
	return entries;
}

const types: Record<string, string> = {
	html: 'text/html; charset=utf-8',
	js: 'text/javascript',
	css: 'text/css',
	json: 'application/json',
	svg: 'image/svg+xml',
	png: 'image/png',
	webmanifest: 'application/manifest+json',
	xml: 'application/xml'
};

function launchPage(version: Version, popup: boolean): string {
	const { make, content } = versions[version];
	const stored = lms.committed[version];
	const open = popup
		? `<button type="button" onclick="window.open('${content}index.html', 'course')">Launch</button>`
		: `<iframe id="course" title="course" src="${content}index.html" style="width:100%;height:90vh"></iframe>`;
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<script src="/lms/scorm-again-${version}.js"></script>
<script>
	const settings = { lmsCommitUrl: '/lms/commit/${version}', autocommit: false, logLevel: 5 };
	let api;
	${make}
	const stored = ${JSON.stringify(stored ?? null)};
	if (stored) api.loadFromJSON(stored.cmi);
</script></head><body>${open}</body></html>`;
}

test.beforeAll(async () => {
	// Global setup builds the packages after the update test's two versions, beside the tests.
	test.setTimeout(480_000);
	await packagesReady(420_000);
	const packages = Object.fromEntries(
		Object.entries(versions).map(([version, { zip }]) => [version, readZip(zip)])
	) as Record<Version, Map<string, Buffer>>;

	server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', origin);
		const send = (status: number, type: string, body: string | Buffer) =>
			response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
		const player = /^\/lms\/(frame|popup)\/(1\.2|2004)$/.exec(url.pathname);
		if (player) {
			send(200, types.html!, launchPage(player[2] as Version, player[1] === 'popup'));
			return;
		}
		const script = /^\/lms\/scorm-again-(1\.2|2004)\.js$/.exec(url.pathname);
		if (script) {
			send(200, types.js!, readFileSync(versions[script[1] as Version].script));
			return;
		}
		const commit = /^\/lms\/commit\/(1\.2|2004)$/.exec(url.pathname);
		if (commit && request.method === 'POST') {
			let body = '';
			request.on('data', (chunk: Buffer) => (body += chunk.toString()));
			request.on('end', () => {
				if (lms.failing) {
					send(500, types.json!, JSON.stringify({ result: false, errorCode: 101 }));
					return;
				}
				const version = commit[1] as Version;
				lms.committed[version] = JSON.parse(body);
				lms.commits[version]++;
				send(200, types.json!, JSON.stringify({ result: true, errorCode: 0 }));
			});
			return;
		}
		for (const [version, { content }] of Object.entries(versions)) {
			if (!url.pathname.startsWith(content)) continue;
			const file = packages[version as Version].get(url.pathname.slice(content.length));
			if (file) {
				send(200, types[url.pathname.split('.').pop()!] ?? 'application/octet-stream', file);
				return;
			}
		}
		send(404, 'text/plain', 'not found');
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const passedExamId = 'e1e1e1e1e1e1e1e1e1e1e1e1';
const retakeId = 'e2e2e2e2e2e2e2e2e2e2e2e2';

/**
 * An earlier visit's export, with all of schema 4: every quiz passed, review cards for the first
 * lesson's questions, the full track chosen, its exam passed with 90 % (two questions of each
 * lesson, two of them wrong) and a retake in progress. Dates before the passed attempts' too.
 */
function courseFile() {
	const file = passedQuizzesFile(lessonIds());
	const data = JSON.parse(file.buffer.toString('utf8')) as { records: Record<string, unknown> };
	const questions = lessonIds().flatMap((lessonId) =>
		quizKey(lessonId)
			.questions.slice(0, 2)
			.map((question) => `${lessonId}:${question.id}`)
	);
	const scores = Object.fromEntries(questions.map((key, index) => [key, index < 2 ? 0 : 1]));
	const exam = {
		schema: 4,
		trackId: 'full',
		seed: 7,
		courseVersion: '0.1.0',
		startedAt: '2026-11-20T09:00:00.000Z',
		timeLimitMs: 3_600_000,
		questions,
		current: questions[0],
		answers: {}
	};
	data.records['track:chosen'] = {
		schema: 4,
		trackId: 'full',
		chosenAt: '2026-11-20T07:00:00.000Z'
	};
	data.records[`exam:full:${passedExamId}`] = {
		...exam,
		attemptId: passedExamId,
		updatedAt: '2026-11-20T09:40:00.123Z',
		finishedAt: '2026-11-20T09:40:00.123Z',
		scores,
		score: 0.9,
		passed: true
	};
	data.records[`exam:full:${retakeId}`] = {
		...exam,
		attemptId: retakeId,
		seed: 8,
		startedAt: '2026-11-20T10:00:00.000Z',
		updatedAt: '2026-11-20T10:05:00.000Z',
		answers: { [questions[0]!]: 'x' }
	};
	for (const question of quizKey(lessonIds()[0]!).questions) {
		data.records[`card:${lessonIds()[0]}:${question.id}`] = {
			schema: 4,
			lessonId: lessonIds()[0],
			questionId: question.id,
			due: '2026-11-23T08:10:00.000Z',
			lastReview: '2026-11-20T08:10:00.000Z',
			state: 'review',
			stability: 2.3065,
			difficulty: 2.11810397,
			scheduledDays: 3,
			learningSteps: 0,
			reps: 1,
			lapses: 0
		};
	}
	return { ...file, buffer: Buffer.from(JSON.stringify(data)) };
}

async function importFile(course: Page | Frame) {
	await course.locator('input[type="file"]').setInputFiles(courseFile());
	await course.getByRole('button', { name: /^(Merge with my progress|与现有进度合并)$/ }).click();
}

/** The keys of schema 4's kinds a browser holds, once it holds the track. */
async function schema4Keys(course: Page | Frame): Promise<string[]> {
	let keys: string[] = [];
	await expect
		.poll(async () => {
			const records = JSON.parse(await storedRecords(course as Page)) as [string, unknown][];
			keys = records.map(([key]) => key).filter((key) => /^(card|track|exam):/.test(key));
			return keys.includes('track:chosen');
		})
		.toBe(true);
	return keys.sort();
}

/** Whether the LMS's session has been terminated, as scorm-again keeps it. */
const terminated = (player: Page, version: Version) =>
	player.evaluate(
		(name) =>
			(window as unknown as Record<string, { isTerminated(): boolean }>)[name]!.isTerminated(),
		version === '1.2' ? 'API' : 'API_1484_11'
	);

const recorded = (version: Version) => lms.committed[version]?.cmi;

test('each package lists every file it holds in its manifest, by relative path, and no service worker', () => {
	for (const [version, { zip }] of Object.entries(versions)) {
		const entries = readZip(zip);
		const manifest = entries.get('imsmanifest.xml')!.toString('utf8');
		const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((match) => match[1]);
		expect(listed.sort()).toEqual(
			[...entries.keys()].filter((name) => name !== 'imsmanifest.xml').sort()
		);
		expect(listed.every((file) => !file!.startsWith('/') && !file!.includes('..'))).toBe(true);
		expect(listed).not.toContain('service-worker.js');
		expect(manifest).toContain(
			version === '1.2'
				? 'adlcp:scormtype="sco" href="index.html"'
				: 'adlcp:scormType="sco" href="index.html"'
		);
		expect(manifest).toContain(
			version === '1.2'
				? '<schemaversion>1.2</schemaversion>'
				: '<schemaversion>2004 4th Edition</schemaversion>'
		);
		expect(manifest).toMatch(/xml:lang="zh-CN">容器|language="zh-CN">容器/);
	}
});

test('SCORM 1.2 in a frame, in Chinese: reading, passing, the LMS told; a relaunch resumes from the LMS alone', async ({
	browser
}) => {
	// Eight page loads in a frame, two browser contexts, a frame closed: on a busy machine (load 18
	// on two cores) it took 48 s.
	test.setTimeout(90_000);
	const context = await browser.newContext({ locale: 'zh-CN' });
	const page = await context.newPage();
	await page.goto(`${origin}/lms/frame/1.2`);
	const course = (await (await page.waitForSelector('#course')).contentFrame())!;
	await expect.poll(() => course.url()).toMatch(/content\/1\/zh\/index\.html$/);
	await started(course as unknown as Page);

	await course.locator('a[href$="lessons/containers/index.html"]').first().click();
	await expect.poll(() => course.url()).toMatch(/zh\/lessons\/[a-z-]+\/index\.html$/);
	await expect
		.poll(() => recorded('1.2')?.core.lesson_location)
		.toMatch(/^zh\/lessons\/[a-z-]+\/index\.html$/);
	expect(recorded('1.2')?.core.lesson_status).toBe('incomplete');

	// Inside the LMS the course registers no service worker: it runs where the LMS serves it.
	expect(
		await course.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))
	).toBe(0);

	// A lesson is a page of its own: the home is a new document, whose script must start before
	// its file picker is used (the lesson's document was marked started already).
	await course.locator('a.brand').click();
	await expect.poll(() => course.url()).toMatch(/content\/1\/zh\/index\.html$/);
	await started(course as unknown as Page);
	await importFile(course);
	// The track's exam, passed with 90 %, decides: complete, and its score.
	await expect.poll(() => recorded('1.2')?.core.lesson_status).toBe('passed');
	const cmi = recorded('1.2')!;
	expect(cmi.core.score.raw).toBe('90');
	expect(cmi.core.lesson_location).toBe('zh/index.html');
	expect(cmi.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
	expect(cmi.suspend_data.length).toBeGreaterThan(100);
	expect(cmi.suspend_data.length).toBeLessThanOrEqual(4096);

	// The learner reads one more lesson, then leaves; the next launch starts where they were.
	await course.locator('a[href$="lessons/kubernetes/index.html"]').first().click();
	await expect
		.poll(() => recorded('1.2')?.core.lesson_location)
		.toBe('zh/lessons/kubernetes/index.html');
	const place = recorded('1.2')!.core.lesson_location as string;
	const held = await schema4Keys(course);

	// The LMS closes the course's frame: it commits and finishes, to be resumed.
	const commits = lms.commits['1.2'];
	expect(await terminated(page, '1.2')).toBe(false);
	await page.evaluate(() => document.getElementById('course')!.remove());
	await expect.poll(() => terminated(page, '1.2')).toBe(true);
	await expect.poll(() => lms.commits['1.2']).toBeGreaterThan(commits);
	expect(recorded('1.2')!.core.exit).toBe('suspend');
	expect(recorded('1.2')!.core.lesson_status).toBe('passed');
	await context.close();

	const again = await browser.newContext({ locale: 'en-US' });
	const relaunched = await again.newPage();
	await relaunched.goto(`${origin}/lms/frame/1.2`);
	const resumed = (await (await relaunched.waitForSelector('#course')).contentFrame())!;
	await expect.poll(() => resumed.url()).toContain(place);
	await resumed.locator('a.brand').click();
	await expect(
		resumed.getByText(`已通过 ${lessonIds().length} / ${lessonIds().length} 个测验`)
	).toBeVisible();
	// Cards, the track and both exams came back from the LMS alone.
	expect(held).toEqual(
		expect.arrayContaining([
			'track:chosen',
			`exam:full:${passedExamId}`,
			`exam:full:${retakeId}`,
			`card:${lessonIds()[0]}:${quizKey(lessonIds()[0]!).questions[0]!.id}`
		])
	);
	expect(await schema4Keys(resumed)).toEqual(held);
	await again.close();
});

test('SCORM 2004 in a window it opens, in English: a quiz passed, commits refused and the API gone, nothing lost', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const context = await browser.newContext({ locale: 'en-US' });
	const page = await context.newPage();
	await page.goto(`${origin}/lms/popup/2004`);
	const opening = context.waitForEvent('page');
	await page.getByRole('button', { name: 'Launch' }).click();
	const course = await opening;
	await expect(course).toHaveURL(/\/7\/en\/index\.html$/);
	await started(course);

	// A quiz passed by answering it: committed at once.
	const lessonId = 'cncf';
	await course.locator(`a[href$="lessons/${lessonId}/index.html"]`).first().click();
	await course.locator(`a[href$="lessons/${lessonId}/quiz/index.html"]`).first().click();
	const key = quizKey(lessonId);
	await course.getByRole('button', { name: 'Start the quiz' }).click();
	for (let n = 0; n < key.questions.length; n++) {
		const id = await currentQuestion(course);
		await answerAndGoOn(
			course,
			key.questions.find((question) => question.id === id)!
		);
	}
	await expect.poll(() => recorded('2004')?.score?.raw).toBe('100');
	let cmi = recorded('2004')!;
	expect(cmi.completion_status).toBe('incomplete');
	expect(cmi.location).toBe(`en/lessons/${lessonId}/quiz/index.html`);
	expect(cmi.session_time).toMatch(/^PT\d+H\d+M\d+(\.\d+)?S$/);

	// The LMS refuses commits: the learner is told, progress is kept here, commits go on.
	lms.failing = true;
	await course.locator('a.brand').click();
	await started(course);
	await importFile(course);
	const notice = course.getByRole('alert').filter({ hasText: 'learning platform' });
	await expect(notice).toContainText('did not accept your progress');
	await expect(
		course.getByText(`${lessonIds().length} of ${lessonIds().length} quizzes passed`)
	).toBeVisible();
	expect(recorded('2004')!.completion_status).toBe('incomplete');

	// The API goes away: said so; it comes back and the LMS takes everything.
	await page.evaluate(() => {
		const held = window as unknown as Record<string, unknown>;
		held.savedApi = held.API_1484_11;
		delete held.API_1484_11;
	});
	await expect(notice).toContainText('connection to the learning platform was lost', {
		timeout: 10_000
	});
	lms.failing = false;
	await page.evaluate(() => {
		const held = window as unknown as Record<string, unknown>;
		held.API_1484_11 = held.savedApi;
	});
	await expect(notice).toHaveCount(0, { timeout: 20_000 });
	cmi = recorded('2004')!;
	expect(cmi.completion_status).toBe('completed');
	expect(cmi.success_status).toBe('passed');
	expect(cmi.progress_measure).toBe('1');
	// The imported exam's score, not the quizzes' 100 %.
	expect(cmi.score.scaled).toBe('0.9');
	expect(cmi.score.raw).toBe('90');

	// The learner navigates the course's window away: it commits and terminates, to be resumed.
	expect(await terminated(page, '2004')).toBe(false);
	await course.goto('about:blank');
	await expect.poll(() => terminated(page, '2004')).toBe(true);
	expect(recorded('2004')!.exit).toBe('suspend');
	await context.close();

	// A fresh profile gets it all from the LMS.
	const again = await browser.newContext({ locale: 'zh-CN' });
	const player = await again.newPage();
	await player.goto(`${origin}/lms/popup/2004`);
	const relaunching = again.waitForEvent('page');
	await player.getByRole('button', { name: 'Launch' }).click();
	const relaunched = await relaunching;
	await expect(relaunched).toHaveURL(/\/7\/en\/index\.html$/);
	await expect(
		relaunched.getByText(`${lessonIds().length} of ${lessonIds().length} quizzes passed`)
	).toBeVisible();
	await again.close();
});

// The connection to the LMS is made once the page has loaded, with Svelte's runtime; a link followed
// before that must not end the LMS session when the connection comes just before the next page
// replaces this one.
test('a link followed before the LMS connection was made keeps the LMS session', async ({
	browser
}) => {
	// A first launch: the course opens at its home.
	delete lms.committed['1.2'];
	const svelte = [...readZip(versions['1.2'].zip)].filter(
		([name, body]) =>
			name.startsWith('_app/immutable/chunks/') && body.toString('utf8').includes('svelte.dev/e/')
	);
	expect(svelte).toHaveLength(1);
	const context = await browser.newContext({ locale: 'zh-CN' });
	const page = await context.newPage();
	const hold = () => {
		let release!: () => void;
		const released = new Promise<void>((resolve) => (release = resolve));
		return { released, release, asked: 0 };
	};
	// Svelte's runtime, which the home's connection waits for (not the launch page's), and the next page.
	const runtime = hold();
	const next = hold();
	await page.route(`**/${svelte[0]![0]}`, async (route) => {
		if (/\/zh\/index\.html$/.test(route.request().frame().url())) {
			runtime.asked++;
			await runtime.released;
		}
		await route.continue();
	});
	await page.route('**/lessons/containers/index.html', async (route) => {
		next.asked++;
		await next.released;
		await route.continue();
	});
	await page.goto(`${origin}/lms/frame/1.2`);
	const course = (await (await page.waitForSelector('#course')).contentFrame())!;
	await expect.poll(() => course.url()).toMatch(/content\/1\/zh\/index\.html$/);
	// The page's script runs (its header works), and waits for Svelte: the home has not told the
	// LMS where the learner is (the launch page, which opened the LMS session, has).
	await expect(course.locator('fieldset.theme-choice')).toBeEnabled();
	await expect.poll(() => runtime.asked).toBe(1);
	const place = () =>
		page.evaluate(() =>
			(window as unknown as { API: { LMSGetValue(name: string): string } }).API.LMSGetValue(
				'cmi.core.lesson_location'
			)
		);
	expect(await place()).not.toBe('zh/index.html');

	await course.locator('a[href$="lessons/containers/index.html"]').first().click();
	await expect.poll(() => next.asked).toBe(1);
	runtime.release();
	await expect.poll(place).toBe('zh/index.html');
	next.release();

	await expect
		.poll(() => recorded('1.2')?.core.lesson_location)
		.toBe('zh/lessons/containers/index.html');
	expect(await terminated(page, '1.2')).toBe(false);
	await context.close();
});

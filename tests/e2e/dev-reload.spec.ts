import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

// An author's loop under `npm run dev`: the lessons are a module of Vite's graph, so an edit shows
// on the open page, and a content error shows in Vite's overlay as `file: field: what is wrong`.
// The dev server reads a copy of the lessons (LESSONS_DIR), which the test edits.
const port = Number(process.env.E2E_DEV_PORT ?? 4420);
let server: ChildProcess | undefined;
let root = '';
const lessons = () => join(root, 'lessons');

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
	// Vite optimizes dependencies and compiles the first page on demand: up to a minute on CI.
	test.setTimeout(180_000);
	root = mkdtempSync(join(tmpdir(), 'course-dev-'));
	cpSync('lessons', lessons(), { recursive: true });
	server = spawn(
		process.execPath,
		['node_modules/vite/bin/vite.js', 'dev', '--port', String(port), '--strictPort'],
		{ env: { ...process.env, LESSONS_DIR: lessons() }, stdio: 'ignore' }
	);
	const deadline = Date.now() + 150_000;
	for (;;) {
		try {
			if ((await fetch(`http://127.0.0.1:${port}/en/`)).ok) break;
		} catch {
			// Not listening yet.
		}
		if (Date.now() > deadline) throw new Error('the dev server did not start within 150 s');
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
});

test.afterAll(() => {
	server?.kill();
	if (root) rmSync(root, { recursive: true, force: true });
});

/**
 * Opens a page of the dev server and waits until Vite's client in it has connected: an edit made
 * before then is never sent to it. On a busy machine the page loads long before the client
 * connects, and the glossary's edit was missed so (the page never reloaded).
 */
async function openConnected(page: Page, path: string) {
	const connected = page.waitForEvent('console', {
		predicate: (message) => message.text() === '[vite] connected.',
		timeout: 120_000
	});
	await page.goto(`http://127.0.0.1:${port}${path}`);
	await connected;
}

function edit(file: string, change: (text: string) => string) {
	const path = join(lessons(), file);
	writeFileSync(path, change(readFileSync(path, 'utf8')));
}

test('editing a lesson, its quiz or the glossary updates the open page; a content error shows in the overlay', async ({
	page
}) => {
	await openConnected(page, '/en/lessons/containers/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Containers');
	// app.html's script ran under the policy the dev server sends (theme, side by side).
	await expect(page.locator('html')).toHaveAttribute('data-script', '');

	edit('01-containers/en.md', (text) =>
		text.replace('title: Containers', 'title: Containers, edited')
	);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Containers, edited', {
		timeout: 60_000
	});

	await openConnected(page, '/en/glossary/');
	edit('glossary.yaml', (text) =>
		text.replace(
			"'The smallest deployable unit in Kubernetes:",
			"'The smallest deployable unit, edited:"
		)
	);
	await expect(page.getByText('The smallest deployable unit, edited:')).toBeVisible({
		timeout: 60_000
	});

	// A quiz question without its English prompt: the overlay names the file and the field.
	const quiz = join(lessons(), '01-containers/quiz.yaml');
	const authored = readFileSync(quiz, 'utf8');
	edit('01-containers/quiz.yaml', (text) =>
		text.replace(
			'      en: What does operating-system-level virtualization (containerization) do?\n',
			''
		)
	);
	const overlay = page.locator('vite-error-overlay');
	await expect(overlay).toContainText('lessons/01-containers/quiz.yaml', { timeout: 60_000 });
	await expect(overlay).toContainText('questions[0].prompt.en');

	// Fixed: the page reloads without the overlay.
	writeFileSync(quiz, authored);
	await expect(overlay).toHaveCount(0, { timeout: 60_000 });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
});

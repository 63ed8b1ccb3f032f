import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { parse } from 'yaml';

interface GlossaryEntry {
	id: string;
	zh: { term: string; aliases?: string[]; definition: string };
	en: { term: string; aliases?: string[]; definition: string };
}
const glossary = parse(readFileSync('lessons/glossary.yaml', 'utf8')) as GlossaryEntry[];

/** The entry a term link leads to: `../../glossary/#id`, resolved. */
const entryOf = (href: string) => glossary.find((entry) => href.endsWith(`/glossary/#${entry.id}`));

for (const lang of ['zh', 'en'] as const) {
	test(`a term opens its definition in place by keyboard, and leads on to its glossary entry (${lang})`, async ({
		page
	}) => {
		// The glossary page, from which the definitions come, is held until the term is pressed:
		// the term waits for it, then opens.
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		let asked = 0;
		await page.route(`**/${lang}/glossary/`, async (route) => {
			if (route.request().resourceType() === 'fetch') {
				asked++;
				await held;
			}
			await route.continue();
		});
		await page.goto(`/${lang}/lessons/kubernetes/`);
		await expect(page.locator('html')).toHaveAttribute('data-started', '');
		// In the HTML, a term is a link to its entry.
		const link = page.locator('.prose .glossary-term').first();
		const href = (await link.evaluate((element) => (element as HTMLAnchorElement).href))!;
		const entry = entryOf(href);
		expect(entry, href).toBeDefined();
		expect(await link.getAttribute('href')).toBe(`../../glossary/#${entry!.id}`);
		const { term: name, aliases = [], definition } = entry![lang];
		const words = [name, ...aliases].map((word) => word.toLowerCase());
		expect(words).toContain((await link.textContent())!.toLowerCase());

		await link.focus();
		await page.keyboard.press('Enter');
		release();
		// The same term, now a button with its popover, and still focused.
		const term = page.locator(`.prose button.glossary-term[popovertarget="term-${entry!.id}"]`);
		const popover = page.locator(`[id="term-${entry!.id}"]`);
		await expect(popover).toBeVisible();
		await expect(term).toBeFocused();
		await expect(page.locator('.prose a.glossary-term')).toHaveCount(0);
		expect(asked, 'the glossary page is fetched once').toBe(1);
		await expect(page.getByRole('dialog')).toHaveAccessibleName(name);
		await expect(popover.locator('.glossary-popover-definition')).toHaveText(definition);
		const violations = await axeViolations(page, { include: `[id="term-${entry!.id}"]` });
		expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

		// Escape closes it and gives focus back to the term; Space opens it too.
		await page.keyboard.press('Escape');
		await expect(popover).toBeHidden();
		await expect(term).toBeFocused();
		await page.keyboard.press('Space');
		await expect(popover).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(popover).toBeHidden();

		// The link in it leads to that entry of the glossary, which says the same.
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		const more = popover.getByRole('link');
		await expect(more).toBeFocused();
		await expect(more).toHaveText(lang === 'zh' ? '在术语表中查看 →' : 'See it in the glossary →');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`/${lang}/glossary/#${entry!.id}$`));
		const shown = page.locator(`.entry[id="${entry!.id}"]`);
		await expect(shown).toBeInViewport();
		await expect(shown.locator('dfn')).toHaveText(name);
		await expect(shown.locator('dd p').first()).toHaveText(definition);
	});
}

test('every term is ready once the learner reads, by tap or by a resting mouse', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('/en/lessons/containers/');
	await expect(page.locator('html')).toHaveAttribute('data-started', '');
	await page.mouse.wheel(0, 200);
	const terms = page.locator('.prose button.glossary-term');
	await expect(page.locator('.prose a.glossary-term')).toHaveCount(0);
	expect(await terms.count()).toBeGreaterThan(5);

	// A mouse resting on a term opens it; moving away closes it.
	const term = terms.nth(1);
	const popover = page.locator(`[id="${await term.getAttribute('popovertarget')}"]`);
	await term.scrollIntoViewIfNeeded();
	await term.hover();
	await expect(popover).toBeVisible();
	await page.mouse.move(0, 0);
	await expect(popover).toBeHidden();
	// A tap (a click here) opens it, a tap elsewhere closes it.
	await term.click();
	await expect(popover).toBeVisible();
	await page.locator('h1').click();
	await expect(popover).toBeHidden();
	expect(errors).toEqual([]);
});

test('a mouse resting on a term still a link opens it too', async ({ page }) => {
	// Tall enough that a term is in view without scrolling (scrolling readies every term).
	await page.setViewportSize({ width: 1280, height: 2000 });
	await page.goto('/en/lessons/containers/');
	await expect(page.locator('html')).toHaveAttribute('data-started', '');
	const link = page.locator('.prose a.glossary-term').first();
	await expect(link).toBeInViewport();
	const id = (await link.getAttribute('href'))!.replace('../../glossary/#', '');
	await link.hover();
	// Before the terms are readied anyway (5 s after the page's script starts).
	await expect(page.locator(`[id="term-${id}"]`)).toBeVisible({ timeout: 3_000 });
	await expect(page.locator(`.prose button[popovertarget="term-${id}"]`)).toBeVisible();
});

test("side by side, the other column's terms open the other language's glossary", async ({
	page
}) => {
	await page.goto('/zh/lessons/containers/?view=both');
	const other = page.locator('.pair-other-body button.glossary-term').first();
	const id = (await other.getAttribute('popovertarget'))!;
	expect(id).toMatch(/^other-term-/);
	const entry = glossary.find((candidate) => `other-term-${candidate.id}` === id)!;
	await other.click();
	const popover = page.locator(`[id="${id}"]`);
	await expect(popover).toBeVisible();
	await expect(popover).toHaveAttribute('role', 'dialog');
	await expect(page.getByRole('dialog')).toHaveAccessibleName(entry.en.term);
	await expect(popover.locator('.glossary-popover-definition')).toHaveText(entry.en.definition);
	await expect(popover.getByRole('link')).toHaveText('See it in the glossary →');
	await popover.getByRole('link').click();
	await expect(page).toHaveURL(new RegExp(`/en/glossary/#${entry.id}$`));
	// This column's own terms open this language's glossary.
	await page.goBack();
	const own = page.locator('.pair-main button.glossary-term').first();
	const ownId = (await own.getAttribute('popovertarget'))!;
	const ownEntry = glossary.find((candidate) => `term-${candidate.id}` === ownId);
	expect(ownEntry, ownId).toBeDefined();
	await own.click();
	await expect(page.locator(`[id="${ownId}"] .glossary-popover-definition`)).toHaveText(
		ownEntry!.zh.definition
	);
});

test('a term whose glossary cannot be loaded stays a link to its entry, and nothing breaks', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.route('**/zh/glossary/', (route) =>
		route.request().resourceType() === 'fetch' ? route.abort() : route.continue()
	);
	await page.goto('/zh/lessons/containers/');
	await expect(page.locator('html')).toHaveAttribute('data-started', '');
	const link = page.locator('.prose .glossary-term').first();
	const entry = entryOf(await link.evaluate((element) => (element as HTMLAnchorElement).href))!;
	// Pressed, it is followed: it leads to the entry.
	await link.click();
	await expect(page).toHaveURL(new RegExp(`/zh/glossary/#${entry.id}$`));
	await expect(page.locator(`.entry[id="${entry.id}"]`)).toBeInViewport();
	await page.goBack();
	await expect(page.locator('.prose a.glossary-term').first()).toBeVisible();
	await expect(page.locator('.prose button.glossary-term, .glossary-popover')).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('a term takes the same place as a link and as a button: nothing moves', async ({
	browser,
	baseURL
}) => {
	for (const width of [360, 1280]) {
		const boxes: Record<string, number[][]> = {};
		for (const javaScriptEnabled of [false, true]) {
			const context = await browser.newContext({
				baseURL,
				javaScriptEnabled,
				viewport: { width, height: 800 },
				serviceWorkers: 'block'
			});
			const page = await context.newPage();
			await page.goto('/zh/lessons/kubernetes/');
			if (javaScriptEnabled) await expect(page.locator('.prose a.glossary-term')).toHaveCount(0);
			else await expect(page.locator('.prose button.glossary-term')).toHaveCount(0);
			boxes[String(javaScriptEnabled)] = await page
				.locator('.prose .glossary-term')
				.evaluateAll((terms) => {
					const prose = terms[0]!.closest('.prose')!.getBoundingClientRect();
					return terms.map((term) => {
						const box = term.getBoundingClientRect();
						return [box.x - prose.x, box.y - prose.y, box.width, box.height].map(Math.round);
					});
				});
			await context.close();
		}
		expect(boxes.true!.length).toBeGreaterThan(5);
		expect(boxes.true, `${width} px`).toEqual(boxes.false);
	}
});

test('lesson 1 marks a term at most once in a sentence', async ({ page }) => {
	await page.goto('/zh/lessons/containers/');
	const first = page.locator('.prose p').first();
	await expect(first.locator('.glossary-term')).toHaveCount(1);
});

test('the glossary filters as the learner types, in either language', async ({ page }) => {
	await page.goto('/zh/glossary/');
	const entries = page.locator('.entry');
	const total = await entries.count();
	expect(total).toBeGreaterThanOrEqual(40);
	await page.getByLabel('筛选术语').fill('etcd');
	await expect(entries).not.toHaveCount(total);
	await expect(entries.first()).toContainText('etcd');
	await page.getByLabel('筛选术语').fill('no-such-term-anywhere');
	await expect(entries).toHaveCount(0);
	await expect(page.getByText('没有与“no-such-term-anywhere”匹配的术语。')).toBeVisible();

	await page.locator('a.lang-switch').click();
	await expect(page).toHaveURL(/\/en\/glossary\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
});

test('filtering puts the exact name first, and no entry repeats a name', async ({ page }) => {
	await page.goto('/en/glossary/');
	await expect(page.locator('html')).toHaveAttribute('data-started', '');
	await page.getByLabel('Filter terms').fill('pod');
	await expect(page.locator('.entry').first().locator('dfn')).toHaveText('Pod');
	for (const lang of ['zh', 'en']) {
		await page.goto(`/${lang}/glossary/`);
		const repeated = await page
			.locator('.entry dt')
			.evaluateAll((terms) =>
				terms
					.map((dt) => [
						dt.querySelector('dfn')!.textContent!,
						dt.querySelector('.other')?.textContent
					])
					.filter(([term, other]) => other && term!.toLowerCase().includes(other.toLowerCase()))
			);
		expect(repeated, lang).toEqual([]);
	}
});

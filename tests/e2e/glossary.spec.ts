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

for (const lang of ['zh', 'en'] as const) {
	test(`a term opens its definition in place by keyboard, and leads on to its glossary entry (${lang})`, async ({
		page
	}) => {
		await page.goto(`/${lang}/lessons/kubernetes/`);
		await expect(page.locator('html')).toHaveAttribute('data-started', '');
		const term = page.locator('.prose button.glossary-term').first();
		const target = (await term.getAttribute('popovertarget'))!;
		// The entry the term stands for, as the content says it: what is marked is one of its words.
		const entry = glossary.find((candidate) => `term-${candidate.id}` === target);
		expect(entry, target).toBeDefined();
		const { term: name, aliases = [], definition } = entry![lang];
		expect([name, ...aliases].map((word) => word.toLowerCase())).toContain(
			(await term.textContent())!.toLowerCase()
		);
		const popover = page.locator(`[id="${target}"]`);
		await term.focus();
		await page.keyboard.press('Enter');
		await expect(popover).toBeVisible();
		await expect(page.getByRole('dialog')).toHaveAccessibleName(name);
		await expect(popover.locator('.glossary-popover-definition')).toHaveText(definition);
		const violations = await axeViolations(page, { include: `[id="${target}"]` });
		expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

		// Escape closes it and gives focus back to the term.
		await page.keyboard.press('Escape');
		await expect(popover).toBeHidden();
		await expect(term).toBeFocused();

		// The link in it leads to that entry of the glossary, which says the same.
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		const link = popover.getByRole('link');
		await expect(link).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`/${lang}/glossary/#${entry!.id}$`));
		const shown = page.locator(`.entry[id="${entry!.id}"]`);
		await expect(shown).toBeInViewport();
		await expect(shown.locator('dfn')).toHaveText(name);
		await expect(shown.locator('dd p').first()).toHaveText(definition);
	});
}

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

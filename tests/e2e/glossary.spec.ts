import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

for (const lang of ['zh', 'en'] as const) {
	test(`a term opens its definition in place by keyboard, and leads on to the glossary (${lang})`, async ({
		page
	}) => {
		await page.goto(`/${lang}/lessons/kubernetes/`);
		await expect(page.locator('html')).toHaveAttribute('data-started', '');
		const term = page.locator('.prose button.glossary-term').first();
		const target = (await term.getAttribute('popovertarget'))!;
		const popover = page.locator(`[id="${target}"]`);
		await term.focus();
		await page.keyboard.press('Enter');
		await expect(popover).toBeVisible();
		await expect(page.getByRole('dialog')).toHaveAccessibleName(/\S/);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
			.include(`[id="${target}"]`)
			.analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

		// Escape closes it and gives focus back to the term.
		await page.keyboard.press('Escape');
		await expect(popover).toBeHidden();
		await expect(term).toBeFocused();

		// The link in it leads to the glossary entry.
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		const link = popover.getByRole('link');
		await expect(link).toBeFocused();
		const entry = (await link.getAttribute('href'))!.split('#')[1]!;
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`/${lang}/glossary/#${entry}$`));
		await expect(page.locator(`.entry[id="${entry}"]`)).toBeVisible();
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

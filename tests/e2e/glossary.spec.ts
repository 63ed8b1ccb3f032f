import { expect, test } from '@playwright/test';

test('a term in a lesson links to its glossary entry, in the same language', async ({ page }) => {
	await page.goto('/en/lessons/kubernetes/');
	const term = page.locator('.prose a.glossary-term').first();
	const text = (await term.textContent())!;
	const target = (await term.getAttribute('href'))!.split('#')[1]!;
	await term.click();
	await expect(page).toHaveURL(new RegExp(`/en/glossary/#${target}$`));
	const entry = page.locator(`.entry[id="${target}"]`);
	await expect(entry).toBeVisible();
	await expect(entry.locator('dfn')).toContainText(new RegExp(text.slice(0, 3), 'i'));
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

import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

// A lesson is a page of HTML and CSS first: readable, with its contents and glossary terms, and
// the language switch leads to the same lesson in the other language, all before (or without)
// any script.
for (const [lang, other, title, otherTitle] of [
	['zh', 'en', '容器', 'Containers'],
	['en', 'zh', 'Containers', '容器']
] as const) {
	test(`a ${lang} lesson reads and switches language without JavaScript`, async ({ page }) => {
		await page.goto(`/${lang}/lessons/containers/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		const prose = page.locator('.prose');
		expect((await prose.innerText()).length).toBeGreaterThan(2000);
		await expect(prose.locator('h2').first()).toBeVisible();
		await expect(page.locator('.takeaways li').first()).toBeVisible();

		// A glossary term is a link to its entry in the glossary (the page's script shows the entry
		// in place).
		const term = prose.locator('a.glossary-term').first();
		const id = (await term.getAttribute('href'))!.replace('../../glossary/#', '');
		await term.click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/glossary/#${id}$`));
		await expect(page.locator(`.entry[id="${id}"]`)).toBeInViewport();
		await page.goBack();

		await page.locator('a.lang-switch').click();
		await expect(page).toHaveURL(new RegExp(`/${other}/lessons/containers/$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(otherTitle);
		expect((await page.locator('.prose').innerText()).length).toBeGreaterThan(2000);
	});
}

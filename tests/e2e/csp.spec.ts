import { expect, test, type Page } from '@playwright/test';
import { lessonIds } from './helpers';

/** Records every CSP violation in the page, from before its first script runs. */
async function watchViolations(page: Page) {
	await page.addInitScript(() => {
		const seen: string[] = ((window as unknown as { violations: string[] }).violations = []);
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(`${event.violatedDirective}: ${event.blockedURI || event.sample || '(inline)'}`)
		);
	});
}

const violations = (page: Page) =>
	page.evaluate(() => (window as unknown as { violations: string[] }).violations);

for (const lang of ['zh', 'en'] as const) {
	test(`every page in ${lang} keeps to its Content-Security-Policy and asks nothing of another origin`, async ({
		page,
		baseURL
	}) => {
		// Two pages and one in-app visit per lesson: the time allowed grows with the course.
		test.setTimeout(lessonIds().length * 15_000);
		const origin = new URL(baseURL!).origin;
		const elsewhere: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
				elsewhere.push(request.url());
		});
		await watchViolations(page);

		const paths = [
			'/',
			`/${lang}/`,
			`/${lang}/glossary/`,
			`/${lang}/team/`,
			...lessonIds().flatMap((id) => [`/${lang}/lessons/${id}/`, `/${lang}/lessons/${id}/quiz/`])
		];
		for (const path of paths) {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			expect(await page.locator('meta[http-equiv="content-security-policy"]').count(), path).toBe(
				1
			);
			expect(await violations(page), path).toEqual([]);
		}

		// In-app navigation inserts lesson HTML (with its diagrams) on the client: the same rules hold.
		await page.goto(`/${lang}/`);
		for (const id of lessonIds()) {
			await page.locator(`.lesson-card[data-lesson="${id}"] h3 a`).click();
			await expect(page.locator('article.lesson')).toHaveAttribute('data-lesson', id);
			await page.locator('.brand').click();
			await expect(page.locator('.lesson-list')).toBeVisible();
		}
		await page.locator('[data-theme-choice="dark"]').click();
		expect(await violations(page)).toEqual([]);
		expect(elsewhere).toEqual([]);
	});
}

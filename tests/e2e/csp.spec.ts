import { expect, test } from '@playwright/test';
import { watchPolicy } from './helpers';

// Every page of the course is checked against its policy as the offline walk loads it
// (offline.spec.ts): the same HTML, from the cache. Here, what that walk does not load.
test('the root page and a change of theme keep to the Content-Security-Policy', async ({
	page,
	baseURL
}) => {
	const check = await watchPolicy(page, new URL(baseURL!).origin);
	await page.goto('/');
	await expect(page).toHaveURL(/\/(zh|en)\/$/);
	await page.waitForLoadState('networkidle');
	await check('the root page, then the page it sends the learner to');
	await page.locator('[data-theme-choice="dark"]').click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await check('the dark theme');
});

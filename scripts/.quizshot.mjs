import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './chromium.js';
const [, , url, out, w = '360', scheme = 'light'] = process.argv;
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const page = await browser.newPage({
	viewport: { width: Number(w), height: 800 },
	colorScheme: scheme
});
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(url);
await page
	.getByRole('button')
	.filter({ hasText: /Start|开始/ })
	.click();
await page.locator('.quiz-question input').first().check();
await page.getByRole('button', { name: /Check|检查/ }).click();
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: true });
await browser.close();

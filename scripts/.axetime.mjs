import { chromium } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { chromiumArgs, findChromium } from './chromium.js';
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const page = await (await browser.newContext()).newPage();
for (const url of [
	'http://127.0.0.1:4173/zh/lessons/vms-and-containers/',
	'http://127.0.0.1:4173/en/lessons/vms-and-containers/',
	'http://127.0.0.1:4173/zh/lessons/kubernetes/quiz/'
]) {
	await page.goto(url);
	await page.waitForTimeout(500);
	let t = Date.now();
	const r = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	console.log(url, Date.now() - t, 'ms', r.violations.length);
	t = Date.now();
	await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa'])
		.disableRules(['color-contrast'])
		.analyze();
	console.log(' no contrast', Date.now() - t);
}
await browser.close();

import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './chromium.js';
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const page = await (await browser.newContext()).newPage();
page.on('response', async (r) => {
	let n = -1;
	try {
		n = (await r.body()).length;
	} catch (e) {
		n = 'ERR ' + e.message.slice(0, 40);
	}
	console.log(r.request().resourceType(), r.status(), r.url().slice(-50), n);
});
await page.goto('http://127.0.0.1:4173/en/');
await page.waitForLoadState('networkidle');
await browser.close();

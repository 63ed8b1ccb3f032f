import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './chromium.js';
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
for (const path of ['/zh/', '/zh/lessons/vms-and-containers/', '/zh/lessons/kubernetes/quiz/']) {
  const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
  const page = await ctx.newPage();
  await page.addInitScript(() => { window.shifts = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.shifts.push({ v: e.value, src: e.sources.map(s => (s.node?.className || s.node?.nodeName) + ' ' + JSON.stringify(s.previousRect) + '->' + JSON.stringify(s.currentRect)) }); }).observe({ type: 'layout-shift', buffered: true }); });
  await page.goto('http://127.0.0.1:4173' + path); await page.waitForTimeout(3000);
  console.log(path, JSON.stringify(await page.evaluate(() => window.shifts), null, 1).slice(0, 1500));
  await ctx.close();
}
await browser.close();

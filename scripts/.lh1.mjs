import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from './chromium.js';
const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', ...chromiumArgs] });
const { lhr } = await lighthouse(process.argv[2], { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance','seo','accessibility','best-practices'] });
for (const [cat, c] of Object.entries(lhr.categories)) {
  console.log(cat, c.score);
  for (const ref of c.auditRefs) { const a = lhr.audits[ref.id]; if (ref.weight > 0 && a.score !== null && a.score < 1) console.log('   ', ref.id, a.score, a.displayValue ?? '', (a.details?.items?.[0] ? JSON.stringify(a.details.items[0]).slice(0,200) : '')); }
}
chrome.kill();

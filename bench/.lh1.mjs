// scratch: LCP / perf of given URLs, alternating, medians
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from '../scripts/chromium.js';
const urls = process.argv.slice(3); const runs = Number(process.argv[2]);
const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', ...chromiumArgs] });
const res = Object.fromEntries(urls.map((u) => [u, []]));
for (let r = 0; r < runs; r++) for (const u of urls) {
  const { lhr } = await lighthouse(u, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  res[u].push([lhr.categories.performance.score, lhr.audits['largest-contentful-paint'].numericValue, lhr.audits['first-contentful-paint'].numericValue, lhr.audits['total-blocking-time'].numericValue, lhr.audits['speed-index'].numericValue]);
}
const med = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
for (const u of urls) { const m = [0,1,2,3,4].map((i) => med(res[u].map((x) => x[i]))); console.log(u, 'perf', m[0], 'LCP', Math.round(m[1]), 'FCP', Math.round(m[2]), 'TBT', Math.round(m[3]), 'SI', Math.round(m[4])); }
await chrome.kill();

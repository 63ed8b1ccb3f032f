import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from '../scripts/chromium.js';
const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', ...chromiumArgs] });
for (const u of process.argv.slice(2)) {
  const { lhr } = await lighthouse(u, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const el = lhr.audits["largest-contentful-paint-element"] ?? {}; console.log(Object.keys(lhr.audits).filter(k=>k.includes("lcp")||k.includes("largest")));
  console.log(u, Math.round(lhr.audits['largest-contentful-paint'].numericValue), String(JSON.stringify(el.details ?? null)).slice(0, 600));
  const phases = el.details?.items?.[1]?.items; if (phases) console.log(phases.map((p) => `${p.phase}:${Math.round(p.timing)}`).join(' '));
  const reqs = lhr.audits['network-requests'].details.items.map((r) => `${r.url.split('/').pop()} ${r.priority} ${Math.round(r.networkRequestTime)}-${Math.round(r.networkEndTime)}`);
  console.log(reqs.join('\n'));
}
await chrome.kill();

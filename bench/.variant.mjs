import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { withoutScripts } from './floor.js';
const [, , from, to, kind] = process.argv;
rmSync(to, { recursive: true, force: true }); cpSync(from, to, { recursive: true });
const all = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? all(join(d, e.name)) : [join(d, e.name)]);
for (const f of all(to).filter((n) => n.endsWith('.html'))) {
  let h = readFileSync(f, 'utf8');
  if (kind === 'floor') h = withoutScripts(h);
  if (kind === 'low') h = h.replace(/rel="modulepreload"/g, 'rel="modulepreload" fetchpriority="low"');
  writeFileSync(f, h); writeFileSync(f + '.br', brotliCompressSync(Buffer.from(h))); writeFileSync(f + '.gz', gzipSync(Buffer.from(h), { level: 9 }));
}

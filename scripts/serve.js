// Serves the built course (build/) locally, under the base path it was built for.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import sirv from 'sirv';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const index = args.indexOf(`--${name}`);
	return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const port = Number(option('port', process.env.PORT ?? 4173));
const host = option('host', process.env.HOST ?? '127.0.0.1');
const dir = option('dir', 'build');

if (!existsSync(`${dir}/index.html`)) {
	console.error(`No built course in ${dir}/: run "npm run build" first.`);
	process.exit(1);
}
// The same variable the build reads: a site built for /onboarding/k8s is served there.
const base = (process.env.BASE_PATH ?? '').trim().replace(/\/+$/, '');
const files = sirv(dir, { etag: true, dev: false, extensions: ['html'] });
const notFound = existsSync(`${dir}/404.html`) ? readFileSync(`${dir}/404.html`) : 'Not found';

createServer((req, res) => {
	const url = req.url ?? '/';
	if (base && !url.startsWith(base)) {
		res.writeHead(302, { location: base + '/' }).end();
		return;
	}
	if (base) req.url = url.slice(base.length) || '/';
	files(req, res, () => {
		res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound);
	});
}).listen(port, host, () => {
	console.log(
		`The course is running at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${base}/`
	);
});

// Serves the built course (build/) locally, under the base path it was built for.
import { createCourseServer } from './course-server.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const index = args.indexOf(`--${name}`);
	return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const port = Number(option('port', process.env.PORT ?? 4173));
const host = option('host', process.env.HOST ?? '127.0.0.1');
const dir = option('dir', 'build');
// The same variable the build reads: a site built for /onboarding/k8s is served there.
const base = (process.env.BASE_PATH ?? '').trim().replace(/\/+$/, '');

let server;
try {
	server = createCourseServer({ dir, base });
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
server.listen(port, host, () => {
	console.log(
		`The course is running at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${base}/`
	);
});

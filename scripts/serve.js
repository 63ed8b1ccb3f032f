// Serves the built course (build/) locally, under the base path it was built for.
import { createCourseServer } from './course-server.js';
import { portInUse, serveOptions } from './serve-options.js';

const { port, host, dir } = serveOptions(process.argv.slice(2));
// The same variable the build reads: a site built for /onboarding/k8s is served there.
const base = (process.env.BASE_PATH ?? '').trim().replace(/\/+$/, '');

let server;
try {
	server = createCourseServer({ dir, base });
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
server.once('error', (/** @type {NodeJS.ErrnoException} */ error) => {
	console.error(error.code === 'EADDRINUSE' ? portInUse(port, host) : error.message);
	process.exit(1);
});
server.listen(port, host, () => {
	console.log(
		`The course is running at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${base}/`
	);
});

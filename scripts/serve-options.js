// Where the local server listens: `--port`/`--host` on the command line, else PORT and HOST.
import { createServer } from 'node:net';

/** @param {string[]} args */
export function serveOptions(args) {
	/** @param {string} name @param {string} fallback */
	const option = (name, fallback) => {
		const index = args.indexOf(`--${name}`);
		return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
	};
	return {
		port: Number(option('port', process.env.PORT ?? '4173')),
		host: option('host', process.env.HOST ?? '127.0.0.1'),
		dir: option('dir', 'build')
	};
}

/** @param {number} port @param {string} host */
export const portInUse = (port, host) =>
	`Port ${port} on ${host} is already in use (is the course already running? see http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/). Stop that server, or choose another port: PORT=8080 npm start`;

/**
 * Resolves to true when nothing listens on the port yet. Checked before a build, so that a busy
 * port is one clear line, not a stack trace after the whole build.
 * @param {number} port @param {string} host
 */
export function portIsFree(port, host) {
	return new Promise((resolve) => {
		const probe = createServer()
			.once('error', () => resolve(false))
			.once('listening', () => probe.close(() => resolve(true)))
			.listen(port, host);
	});
}

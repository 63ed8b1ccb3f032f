// `npm start` runs this before building: a port already in use stops it at once, in one line.
import { portInUse, portIsFree, serveOptions } from './serve-options.js';

const { port, host } = serveOptions(process.argv.slice(2));
if (!(await portIsFree(port, host))) {
	console.error(portInUse(port, host));
	process.exit(1);
}

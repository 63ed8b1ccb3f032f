// npm run package: the course as SCORM 1.2 and SCORM 2004 (4th edition) packages, in dist/.
// One build for both (the course finds either API at run time), then a manifest per version.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { writeZip } from './zip.js';

const out = 'dist';
const site = join(out, 'scorm-build');
const identifier = 'k8s-onboarding-course';
/** Not part of a package: the service worker (none is registered inside an LMS) and the static host's 404 page. */
const leftOut = new Set(['service-worker.js', '404.html']);

/** @param {string} dir @returns {string[]} paths relative to `dir`, with "/", sorted */
function filesUnder(dir) {
	/** @type {string[]} */
	const files = [];
	const walk = (/** @type {string} */ at) => {
		for (const name of readdirSync(at)) {
			const path = join(at, name);
			if (statSync(path).isDirectory()) walk(path);
			else files.push(relative(dir, path).split(sep).join('/'));
		}
	};
	walk(dir);
	return files.sort();
}

/**
 * An LMS serves files, not folders, at a path of its own: a link to a page names its index.html,
 * and nothing starts at the site root. The build already writes relative links (paths.relative);
 * what is left is a page link ending in a slash, and the UI strings' preload, written from the
 * root. Only attribute values change: the inline scripts, allowed by their hashes, stay as built.
 * @param {string} html @param {string} file
 */
export function relativeLinks(html, file) {
	const up = posix.relative(posix.dirname(`/${file}`), '/') || '.';
	return html.replace(/\s(href|src)="([^"#?]*)([^"]*)"/g, (whole, name, path, rest) => {
		if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(path)) return whole;
		let target = path.startsWith('/') ? `${up}${path}` : path;
		if (target === '' && rest !== '') return whole;
		if (target.endsWith('/') || target === '.' || target === '..') {
			target = `${target.replace(/\/?$/, '/')}index.html`;
		}
		return ` ${name}="${target}${rest}"`;
	});
}

const xml = (/** @type {string} */ text) =>
	text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * What the two versions' manifests differ in: namespaces, the metadata's vocabulary, and SCORM
 * 2004's sequencing (the course, not the LMS, says when it is complete).
 */
const versions = {
	1.2: {
		version: '1.0',
		namespaces: {
			'': 'http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd',
			adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd',
			imsmd: 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd'
		},
		schemaversion: '1.2',
		lom: 'imsmd:lom',
		md: 'imsmd',
		text: (/** @type {string} */ lang, /** @type {string} */ text) =>
			`<imsmd:langstring xml:lang="${lang}">${xml(text)}</imsmd:langstring>`,
		sequencing: '',
		scormType: 'adlcp:scormtype'
	},
	2004: {
		version: '1',
		namespaces: {
			'': 'http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd',
			adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd',
			adlseq: 'http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd',
			adlnav: 'http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd',
			imsss: 'http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd',
			lom: 'http://ltsc.ieee.org/xsd/LOM lom.xsd'
		},
		schemaversion: '2004 4th Edition',
		lom: 'lom:lom',
		md: 'lom',
		text: (/** @type {string} */ lang, /** @type {string} */ text) =>
			`<lom:string language="${lang}">${xml(text)}</lom:string>`,
		sequencing: `
				<imsss:sequencing>
					<imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
				</imsss:sequencing>`,
		scormType: 'adlcp:scormType'
	}
};

/**
 * The package's manifest for `version`: one SCO, the course's index.html, listing every file.
 * @param {'1.2' | '2004'} version
 * @param {{ title: Record<'zh'|'en', string>, description: Record<'zh'|'en', string>, files: string[] }} course
 */
export function manifest(version, { title, description, files }) {
	const v = versions[version];
	const both = `${title.zh} · ${title.en}`;
	const namespaces = Object.entries(v.namespaces).map(([prefix, location]) => [
		prefix ? `xmlns:${prefix}` : 'xmlns',
		location.split(' ')[0]
	]);
	namespaces.push(['xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance']);
	const bilingual = (/** @type {Record<'zh'|'en', string>} */ text) =>
		`${v.text('zh-CN', text.zh)}
					${v.text('en', text.en)}`;
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${identifier}" version="${v.version}"
${namespaces.map(([name, uri]) => `\t${name}="${uri}"`).join('\n')}
	xsi:schemaLocation="${Object.values(v.namespaces).join(' ')}">
	<metadata>
		<schema>ADL SCORM</schema>
		<schemaversion>${v.schemaversion}</schemaversion>
		<${v.lom}>
			<${v.md}:general>
				<${v.md}:title>
					${bilingual(title)}
				</${v.md}:title>
				<${v.md}:language>zh-CN</${v.md}:language>
				<${v.md}:language>en</${v.md}:language>
				<${v.md}:description>
					${bilingual(description)}
				</${v.md}:description>
			</${v.md}:general>
		</${v.lom}>
	</metadata>
	<organizations default="course">
		<organization identifier="course">
			<title>${xml(both)}</title>
			<item identifier="course-item" identifierref="course-sco" isvisible="true">
				<title>${xml(both)}</title>${v.sequencing}
			</item>
		</organization>
	</organizations>
	<resources>
		<resource identifier="course-sco" type="webcontent" ${v.scormType}="sco" href="index.html">
${files.map((file) => `\t\t\t<file href="${xml(file)}"/>`).join('\n')}
		</resource>
	</resources>
</manifest>
`;
}

function build() {
	rmSync(site, { recursive: true, force: true });
	const started = Date.now();
	const result = spawnSync(
		process.execPath,
		['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'],
		{
			env: { ...process.env, COURSE_PACKAGE: 'scorm', BUILD_DIR: site, BASE_PATH: '' },
			stdio: ['ignore', 'ignore', 'inherit']
		}
	);
	if (result.status !== 0) process.exit(result.status ?? 1);
	console.log(
		`Built the course for the packages in ${((Date.now() - started) / 1000).toFixed(0)} s`
	);
}

function main() {
	if (!process.argv.includes('--no-build')) build();
	const locale = (/** @type {string} */ lang) =>
		JSON.parse(readFileSync(`src/lib/i18n/locales/${lang}.json`, 'utf8'));
	const zh = locale('zh');
	const en = locale('en');
	const title = { zh: zh.meta.courseTitle, en: en.meta.courseTitle };
	const description = { zh: zh.lms.packageDescription, en: en.lms.packageDescription };

	const files = filesUnder(site).filter((file) => !leftOut.has(file) && !file.startsWith('.'));
	/** @type {Map<string, Buffer>} */
	const contents = new Map();
	for (const file of files) {
		const data = readFileSync(join(site, file));
		contents.set(
			file,
			file.endsWith('.html') ? Buffer.from(relativeLinks(data.toString('utf8'), file)) : data
		);
	}
	for (const [version, name] of /** @type {const} */ ([
		['1.2', 'k8s-course-scorm12.zip'],
		['2004', 'k8s-course-scorm2004.zip']
	])) {
		const entries = new Map(contents);
		entries.set('imsmanifest.xml', Buffer.from(manifest(version, { title, description, files })));
		const target = join(out, name);
		mkdirSync(dirname(target), { recursive: true });
		const bytes = writeZip(target, entries);
		console.log(
			`SCORM ${version}: ${target} (${entries.size} files, ${(bytes / 1024).toFixed(0)} KB)`
		);
	}
}

if (import.meta.url === `file://${process.argv[1]}`) main();

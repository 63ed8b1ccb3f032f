import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type { Result, RunOptions } from 'axe-core';

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe-core's violations on the page, or in the part of it that `include` selects. axe runs in
 * the page itself, injected once per document: `@axe-core/playwright` re-injects it on every run
 * and opens a page of its own to finish each one, which made an audit of a quiz stage take 4–6 s
 * instead of a few hundred ms, and the audits most of `npm test`'s time.
 */
export async function axeViolations(
	page: Page,
	options: { tags?: string[]; rules?: string[]; include?: string } = {}
): Promise<Result[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	const runOptions: RunOptions = {
		runOnly: options.rules
			? { type: 'rule', values: options.rules }
			: { type: 'tag', values: options.tags ?? wcagTags },
		resultTypes: ['violations']
	};
	return page.evaluate(
		async ([include, runOptions]) => {
			const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
			const results = await axe.run(include ? { include: [include] } : document, runOptions);
			return results.violations;
		},
		[options.include, runOptions] as const
	);
}

// The rules among those whose outcome depends on the colours: contrast of text, and links in
// text told apart from it by colour.
const colourRules = ['color-contrast', 'link-in-text-block'];

type Violations = Awaited<ReturnType<typeof axeViolations>>;

const listed = (violations: Violations) =>
	violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 5)
				.join('\n    ')}`
	);

const background = (page: Page) =>
	page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/**
 * Audits the page as it is: every rule in the light theme, then, on the same page in the same
 * state, the rules that depend on colour in the dark theme. Nothing else differs between the
 * themes (they only swap colours), so each page and state is fully audited once, and its
 * colours twice, without walking to it twice. `include` audits only that part of the page (one
 * whose other parts are audited elsewhere).
 */
export async function audit(page: Page, what: string, include?: string) {
	const found = listed(await axeViolations(page, { include }));
	expect(found, `${what}, light theme:\n${found.join('\n')}`).toEqual([]);
	const lightBackground = await background(page);
	await page.emulateMedia({ colorScheme: 'dark' });
	// Else the second audit would look at the light colours again and prove nothing.
	expect(await background(page), `${what}: the dark theme applies`).not.toBe(lightBackground);
	const foundDark = listed(await axeViolations(page, { rules: colourRules, include }));
	expect(foundDark, `${what}, dark theme:\n${foundDark.join('\n')}`).toEqual([]);
	await page.emulateMedia({ colorScheme: 'light' });
}

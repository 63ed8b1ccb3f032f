import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
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

import { describe, expect, it } from 'vitest';
import { topLevelElements } from '../src/lib/content/markdown.server';
import { otherColumn } from '../src/lib/lesson/side-by-side';

describe('topLevelElements', () => {
	it('counts elements at the top only, through void and self-closing ones', () => {
		expect(topLevelElements('<p>a <br> b <img src="x"></p>\n')).toBe(1);
		expect(topLevelElements('<figure><svg><path d="M0 0" /><g></g></svg></figure>')).toBe(1);
		expect(topLevelElements('<p>a</p>\n<div><p>b</p></div>')).toBe(2);
		expect(topLevelElements('<!-- <p>x</p> --><hr>')).toBe(1);
	});
});

describe('otherColumn', () => {
	it('drops heading anchors, renames ids and what points to them, keeps other links', () => {
		const html =
			'<h2 id="intro">Intro</h2><p><a href="../../glossary/#pod" class="glossary-term">Pod</a>' +
			'<a href="#intro">up</a><a href="#arrow">x</a></p>' +
			'<svg role="img" aria-labelledby="d-title d-desc"><title id="d-title">A</title>' +
			'<desc id="d-desc">B</desc><path marker-end="url(#arrow)"/><marker id="arrow"/></svg>';
		const other = otherColumn(html);
		expect(other).toContain('<h2>Intro</h2>');
		expect(other).toContain('aria-labelledby="other-d-title other-d-desc"');
		expect(other).toContain('<title id="other-d-title">');
		expect(other).toContain('href="#other-arrow"');
		expect(other).toContain('href="../../glossary/#pod"');
		// The page's own heading keeps the anchor: a link to it still leads there.
		expect(other).toContain('href="#intro"');
		expect(other).toContain('url(#other-arrow)');
		expect([...other.matchAll(/\sid="([^"]+)"/g)].every(([, id]) => id!.startsWith('other-'))).toBe(
			true
		);
	});
});

import { describe, expect, it } from 'vitest';
import { maxVisibleText, visibleText } from '../src/lib/visible-text';

describe('text a learner chose, as shown', () => {
	it('loses the bidi controls that would reverse it', () => {
		expect(visibleText('alice\u202Enosaj.json')).toBe('alicenosaj.json');
		expect(visibleText('\u2067x\u2069\u200F\u061C')).toBe('x');
	});

	it('shows control characters as their pictures', () => {
		expect(visibleText('a\u0000b\tc\u007f\u0085')).toBe('a\u2400b\u2409c\u2421\ufffd');
	});

	it('keeps Chinese and other scripts as they are', () => {
		expect(visibleText('张三 – مرحبا')).toBe('张三 – مرحبا');
	});

	it('is cut at the limit, counting characters, not UTF-16 units', () => {
		const long = '😀'.repeat(maxVisibleText + 5);
		const shown = visibleText(long);
		expect(Array.from(shown)).toHaveLength(maxVisibleText);
		expect(shown.endsWith('…')).toBe(true);
		expect(visibleText('😀'.repeat(maxVisibleText))).toBe('😀'.repeat(maxVisibleText));
	});
});

import { describe, expect, it } from 'vitest';
import { toCsv } from '../src/lib/csv';

describe('CSV for spreadsheets', () => {
	it('starts with a byte-order mark and ends every row with CRLF', () => {
		expect(
			toCsv([
				['学员', 'passed'],
				['张三', 3]
			])
		).toBe('\uFEFF学员,passed\r\n张三,3\r\n');
	});

	it('quotes cells with commas or quotes', () => {
		expect(toCsv([['a,b', 'say "hi"']])).toBe('\uFEFF"a,b","say ""hi"""\r\n');
	});

	it('shows control characters instead of acting on them, and drops bidi overrides', () => {
		// A tab or CR first would let some spreadsheets read the rest as a formula.
		expect(toCsv([['\t=1+1', '\r@SUM(A1)', 'two\nlines', 'bob\u202Egnp.exe']])).toBe(
			'\uFEFF\u2409=1+1,\u240d@SUM(A1),two\u240alines,bobgnp.exe\r\n'
		);
	});

	it('keeps a would-be formula as text', () => {
		expect(toCsv([['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', 'ok=1']])).toBe(
			'\uFEFF"\'=HYPERLINK(""http://x"")",\'+1,\'-2,\'@SUM(A1),ok=1\r\n'
		);
	});

	it('writes numbers as numbers, negative ones included', () => {
		expect(toCsv([[-1, 0.5]])).toBe('\uFEFF-1,0.5\r\n');
	});
});

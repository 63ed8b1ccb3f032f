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

	it('quotes cells with commas, quotes or line breaks', () => {
		expect(toCsv([['a,b', 'say "hi"', 'two\nlines']])).toBe(
			'\uFEFF"a,b","say ""hi""","two\nlines"\r\n'
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

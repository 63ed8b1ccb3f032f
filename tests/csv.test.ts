import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../src/lib/csv';
import { visibleText } from '../src/lib/visible-text';

/** The one cell of a one-cell CSV, as a spreadsheet reads it: unquoted, quotes unescaped. */
function onlyCell(csv: string): string {
	const row = csv.replace(/^\uFEFF/, '').replace(/\r\n$/, '');
	return row.startsWith('"') && row.endsWith('"') && row.length > 1
		? row.slice(1, -1).replaceAll('""', '"')
		: row;
}

// OWASP's CSV injection list: a cell that starts with one of these may be run as a formula.
const formulaStarts = ['=', '+', '-', '@', '\t', '\r'];

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

	it('never lets a cell start with a formula character, a tab or a CR, whatever the learner typed', () => {
		for (const start of formulaStarts) {
			const cell = onlyCell(toCsv([[`${start}cmd|' /C calc'!A0`]]));
			expect(formulaStarts, JSON.stringify(cell)).not.toContain(cell[0]);
		}
		// A tab or CR is shown as its picture, and so is the formula behind it: no longer first.
		expect(onlyCell(toCsv([['\t=1+1']]))).toBe('\u2409=1+1');
		expect(onlyCell(toCsv([['\r@SUM(A1)']]))).toBe('\u240d@SUM(A1)');
		// Characters removed from the cell do not hide the formula behind them.
		expect(onlyCell(toCsv([['\u202E\u200b=1+1']]))).toBe("'=1+1");
		const typed = fc
			.array(
				fc.constantFrom(...formulaStarts, '\u202E', '\u200b', '\ufeff', ' ', '"', ',', '\n', 'a'),
				{
					maxLength: 4
				}
			)
			.chain((start) => fc.string({ maxLength: 12 }).map((rest) => start.join('') + rest));
		fc.assert(
			fc.property(typed, (value) => {
				const cell = onlyCell(toCsv([[value]]));
				if (cell.length > 0) expect(formulaStarts).not.toContain(cell[0]);
				// eslint-disable-next-line no-control-regex -- no control character reaches the cell
				expect(cell).not.toMatch(/[\u0000-\u001f]/);
				// Nothing else changes: the text as shown, behind an apostrophe if it needs one.
				expect([visibleText(value, Infinity), `'${visibleText(value, Infinity)}`]).toContain(cell);
			}),
			{ numRuns: 300 }
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

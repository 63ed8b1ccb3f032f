import { visibleText } from './visible-text';

/**
 * Rows as CSV (RFC 4180) that spreadsheets open as they are, Chinese included: a byte-order mark
 * for Excel, CRLF line ends, and quotes where a cell needs them. A cell that a spreadsheet would
 * run as a formula (=, +, -, @ first) is kept as text with a leading apostrophe (OWASP's advice
 * on CSV injection): learners name their own files. Control and bidi characters in a cell are
 * made visible or removed, as on the page.
 */
export function toCsv(rows: (string | number)[][]): string {
	const cell = (value: string | number) => {
		if (typeof value === 'number') return String(value);
		const shown = visibleText(value, Infinity);
		const text = /^[=+\-@\t\r]/.test(shown) ? `'${shown}` : shown;
		return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
	};
	return '\uFEFF' + rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

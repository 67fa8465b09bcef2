/**
 * A cell of a CSV the project writes (`/matrix.csv`, the team view's table), as a spreadsheet will
 * read it. A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage
 * return before one) as a formula: text from the ladder or a person's name could then compute,
 * fetch or run something on the reader's machine. And the file may be opened where the list
 * separator is not the comma: with a semicolon (most of continental Europe), a quoted cell holding
 * `System design;=HYPERLINK(…)` is cut at the semicolon by a reader that takes quotes only at a
 * cell's start, and its second half is a formula. So, as OWASP recommends:
 *
 * - a cell holding a separator (`,` or `;`), a quote or a line break is quoted (`CSV_FORMAT`);
 * - a formula character at the start of the cell, or right after a separator, gets an apostrophe
 *   before it, which spreadsheets read as "this is text". An apostrophe already there gets one
 *   more, so `readCell` takes exactly the added ones away and every text comes back as it was.
 */

/** Excel reads a UTF-8 file as UTF-8 only when it starts with a byte-order mark. */
export const BOM = '\uFEFF';

/** What starts a formula, and the apostrophe that marks text (doubled so that it reads back). */
const FORMULA_START = /^[=+\-@\t\r']/;
const AFTER_SEPARATOR = /([,;])(?=[=+\-@\t\r'])/g;

/** csv-stringify's options for every CSV the project writes: CRLF rows, and the quoting above. */
export const CSV_FORMAT = { record_delimiter: 'windows', quoted_match: /[,;"\r\n]/ } as const;

/** A text as a cell: guarded at its start and after every separator. */
export function writeCell(text: string): string {
	const inner = text.replace(AFTER_SEPARATOR, "$1'");
	return FORMULA_START.test(inner) ? `'${inner}` : inner;
}

/** A cell as the ladder wrote it: the inverse of `writeCell`. */
export function readCell(cell: string): string {
	return (cell.startsWith("'") ? cell.slice(1) : cell).replace(/([,;])'/g, '$1');
}

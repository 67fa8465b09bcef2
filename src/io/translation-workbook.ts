/**
 * One language of the ladder as a workbook, for a translator who works in a spreadsheet
 * (`ladder export --format xlsx --language <tag>`): a sheet `Translation <tag>`, one row per field,
 * the original beside the translation, with its state, the release it was translated from and, for
 * a stale one, the original then. Its import (`ladder import`) writes the translation file only.
 * Every cell is text, as in the ladder's workbook; a cell that is not (a formula) is refused.
 */
import ExcelJS from 'exceljs';
import type { Problem } from '../model/files/problems.ts';
import { workbookProblems } from './sheet-problems.ts';
import { FIXED_DATE, fixDates } from './workbook-export.ts';
import { cellText, loadWorkbook } from './workbook-import.ts';
import { columnName } from './csv-layout.ts';

/** The sheet's name names its language: the import writes that language's file. */
export const TRANSLATION_SHEET = /^Translation ([A-Za-z0-9-]+)$/;
export const translationSheet = (tag: string) => `Translation ${tag}`;
export const TRANSLATION_COLUMNS = ['field', 'original', 'translation', 'state', 'from', 'original then'] as const;

/** A row: a field's key and texts; a list (a criterion's examples) is one item a line. */
export type TranslationRow = Record<(typeof TRANSLATION_COLUMNS)[number], string>;

/** A field's text as a cell: a list one item a line, each starting `- `. */
export function asCell(text: string | readonly string[] | undefined): string {
	return text === undefined ? '' : typeof text === 'string' ? text : text.map((item) => `- ${item}`).join('\n');
}

export async function translationToWorkbook(tag: string, rows: readonly TranslationRow[]): Promise<Uint8Array<ArrayBuffer>> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'career ladder';
	workbook.created = FIXED_DATE;
	workbook.modified = FIXED_DATE;
	const sheet = workbook.addWorksheet(translationSheet(tag), { views: [{ state: 'frozen', ySplit: 1 }] });
	const width = (name: string) => (['original', 'translation', 'original then'].includes(name) ? 60 : name === 'field' ? 40 : 12);
	sheet.columns = TRANSLATION_COLUMNS.map((name) => ({ header: name, key: name, width: width(name), style: { numFmt: '@', alignment: { wrapText: true, vertical: 'top' } } }));
	sheet.getRow(1).font = { bold: true };
	for (const row of rows) sheet.addRow(TRANSLATION_COLUMNS.map((name) => row[name] || null));
	return fixDates(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
}

/** Whether a workbook is one language's (its one sheet named `Translation <tag>`), without reading its cells. */
export async function translationTag(bytes: Uint8Array): Promise<string | undefined> {
	// One that cannot be read is the ladder's import's to report.
	const loaded = await loadWorkbook(bytes, '');
	if ('problem' in loaded) return undefined;
	const names = loaded.workbook.worksheets.map((sheet) => sheet.name);
	return names.length === 1 ? TRANSLATION_SHEET.exec(names[0]!)?.[1] : undefined;
}

/** The rows of a language's workbook, by field; or the problems of its cells and header. */
export async function parseTranslationWorkbook(bytes: Uint8Array, file: string): Promise<{ tag?: string; rows?: Map<string, { row: number; translation: string; from: string }>; problems: Problem[] }> {
	const loaded = await loadWorkbook(bytes, file);
	if ('problem' in loaded) return { problems: [loaded.problem] };
	const { workbook, hidden } = loaded;
	const sheet = workbook.worksheets[0];
	const tag = sheet && TRANSLATION_SHEET.exec(sheet.name)?.[1];
	if (!sheet || !tag) return { problems: [{ file, field: '(file)', message: 'is not the workbook of one language: export it with npm run ladder -- export --format xlsx --language <tag>' }] };
	const problems: Problem[] = [];
	const at = (row: number, column: number) => `sheet ${sheet.name}, row ${row}, column ${columnName(column)}`;
	const header: string[] = [];
	sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, column) => (header[column - 1] = (cellText(cell) ?? '').trim()));
	TRANSLATION_COLUMNS.forEach((name, index) => {
		if (header[index] !== name) problems.push({ file, field: at(1, index), message: workbookProblems.badColumn(name, header[index] ?? '') });
	});
	if (problems.length > 0) return { problems };
	const rows = new Map<string, { row: number; translation: string; from: string }>();
	sheet.eachRow({ includeEmpty: false }, (row, number) => {
		if (number === 1) return;
		const cells: string[] = [];
		row.eachCell({ includeEmpty: false }, (cell, column) => {
			const report = (message: string) => problems.push({ file, field: at(number, column - 1), message });
			const really = hidden.get(sheet.name)?.get(cell.address);
			if (really) report(really === 'formula' ? workbookProblems.formula() : workbookProblems.notText('date'));
			else cells[column - 1] = cellText(cell, report) ?? '';
		});
		const key = (cells[0] ?? '').trim();
		if (!key) return;
		const earlier = rows.get(key);
		if (earlier) problems.push({ file, field: at(number, 0), message: workbookProblems.duplicate('field', key, earlier.row) });
		else rows.set(key, { row: number, translation: (cells[2] ?? '').trim(), from: (cells[4] ?? '').trim() });
	});
	return { tag, rows, problems };
}

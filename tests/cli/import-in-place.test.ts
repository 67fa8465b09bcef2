/**
 * An import changes only the values that changed: one cell edited in a sheet or a workbook changes
 * exactly that value's lines, and every other byte of every file stays as the author wrote it.
 * On the example ladder's copy, and on a ladder written in another style (flow maps, literal and
 * folded blocks, comments, quoting).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { describe, expect, test } from 'vitest';
import { runLadder } from '../../src/cli/ladder.ts';
import { SHEETS } from '../../src/io/workbook-layout.ts';
import { runInProcess, runInProcessAsync } from '../support/run-in-process.ts';
import { SITES } from '../support/sites.ts';

/** A ladder in another style than the exports write: comments, flow maps, literal and folded blocks, quotes. */
const STYLED: Record<string, string> = {
	'ladder.yaml': `# Our ladder.
name: "Styled Ladder"
description: >-
  A ladder written by hand, folded
  over two lines.
levels:
  - { id: one, label: One }
  - { id: two, label: Two }
tracks:
  - id: makers   # the only track
    name: Makers
`,
	'competencies/craft.yaml': `name: Craft
description: |-
  Literal text,
  on two lines.
competencies:
  - id: building
    name: 'Building'
    description: >-
      Building things that last, folded by
      its author at forty columns.
    levels: { one: Builds small things., two: "Builds large things." }
  - id: testing
    name: Testing
    levels:
      one: |-
        Writes a test.
        Literal.
      two: Writes tests first.   # the bar
`,
	'roles/maker.mdx': `---
# A maker.
title: Maker
track: makers
grade: 1
summary: >-
  Makes things, folded
  here.
expectations: { building: one, testing: one }
---

Prose.
`,
	'roles/senior-maker.mdx': `---
title: "Senior Maker"
track: makers
grade: 2
expectations:
  building: two   # more
  testing:
    level: two
    note: |-
      Leads the testing,
      literally.
---

Prose.
`,
};

function styledLadder(): string {
	const dir = join(mkdtempSync(join(tmpdir(), 'styled-')), 'content');
	for (const [name, text] of Object.entries(STYLED)) {
		mkdirSync(dirname(join(dir, name)), { recursive: true });
		writeFileSync(join(dir, name), text);
	}
	return dir;
}

function exampleLadder(): string {
	const dir = join(mkdtempSync(join(tmpdir(), 'example-')), 'content');
	cpSync(SITES.example.contentDir, dir, { recursive: true });
	return dir;
}

/** Every file's text, by its path in the folder. */
function texts(dir: string): Record<string, string> {
	return Object.fromEntries(
		readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((name) => /\.(ya?ml|mdx?)$/.test(name))
			.sort()
			.map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
	);
}

/** What changed between two trees: per changed file, the lines that went and the lines that came. */
function changes(before: Record<string, string>, after: Record<string, string>): Record<string, { removed: string[]; added: string[] }> {
	const changed: Record<string, { removed: string[]; added: string[] }> = {};
	for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
		if (before[name] === after[name]) continue;
		const [a, b] = [(before[name] ?? '').split('\n'), (after[name] ?? '').split('\n')];
		// The lines around the change are the same: strip the common head and tail.
		let head = 0;
		while (head < a.length && head < b.length && a[head] === b[head]) head++;
		let tail = 0;
		while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
		changed[name] = { removed: a.slice(head, a.length - tail), added: b.slice(head, b.length - tail) };
	}
	return changed;
}

const ladder = (...args: string[]) => runInProcess(runLadder, args);

/** The dir's sheet with `edit` applied to the row of `competency`, imported; what changed. */
function importSheetEdit(dir: string, competency: string, edit: (row: string[], header: string[]) => void) {
	const rows = parseCsv(ladder('export', '--format', 'csv', '--content', dir).stdout.replace(/^\uFEFF/, '')) as string[][];
	edit(rows.find((cells) => cells[1] === competency)!, rows[0]!);
	const sheet = join(dir, '..', 'matrix.csv');
	writeFileSync(sheet, stringifyCsv(rows, { record_delimiter: 'windows' }));
	const before = texts(dir);
	const { status, stderr } = ladder('import', sheet, '--content', dir);
	expect(status, stderr).toBe(0);
	return changes(before, texts(dir));
}

/** The dir's workbook with `edit` applied, imported; what changed. */
async function importWorkbookEdit(dir: string, edit: (workbook: ExcelJS.Workbook) => void) {
	const file = join(dir, '..', 'ladder.xlsx');
	expect((await runInProcessAsync(runLadder, ['export', '--format', 'xlsx', '--out', file, '--content', dir])).status).toBe(0);
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.readFile(file);
	edit(workbook);
	await workbook.xlsx.writeFile(file);
	const before = texts(dir);
	const { status, stderr } = await runInProcessAsync(runLadder, ['import', file, '--content', dir]);
	expect(status, stderr).toBe(0);
	return changes(before, texts(dir));
}

/** Sets the cell in the row whose first cells are `match`, in the column named `column`. */
function setCell(workbook: ExcelJS.Workbook, sheet: keyof typeof SHEETS, match: string[], column: string, value: string) {
	const worksheet = workbook.getWorksheet(SHEETS[sheet].name)!;
	const header = (worksheet.getRow(1).values as unknown[]).map(String);
	let found = false;
	worksheet.eachRow((row) => {
		if (match.every((text, index) => row.getCell(index + 1).text === text)) {
			row.getCell(header.indexOf(column)).value = value;
			found = true;
		}
	});
	expect(found, `${sheet} ${match.join(' ')}`).toBe(true);
}

describe('one cell changed in a sheet changes that value’s lines and nothing else', () => {
	test('on the example ladder', () => {
		const dir = exampleLadder();
		const changed = importSheetEdit(dir, 'system-design', (row, header) => (row[header.indexOf('Practising')] = 'Designs single components and APIs that fit the wider system.'));
		expect(changed).toEqual({
			'competencies/architecture.yaml': {
				removed: ['      practising: Designs single components and APIs that fit the wider system, with review.'],
				added: ['      practising: Designs single components and APIs that fit the wider system.'],
			},
		});
	});

	test('on a ladder written in another style', () => {
		const dir = styledLadder();
		expect(ladder('validate', '--content', dir).status).toBe(0);
		const changed = importSheetEdit(dir, 'testing', (row, header) => (row[header.indexOf('Two')] = 'Writes tests before the code.'));
		expect(changed).toEqual({
			'competencies/craft.yaml': { removed: ['      two: Writes tests first.   # the bar'], added: ['      two: Writes tests before the code.   # the bar'] },
		});
		const flow = importSheetEdit(dir, 'building', (row, header) => (row[header.indexOf('Two')] = 'Builds large, lasting things.'));
		expect(flow).toEqual({
			'competencies/craft.yaml': {
				removed: ['    levels: { one: Builds small things., two: "Builds large things." }'],
				added: ['    levels: { one: Builds small things., two: "Builds large, lasting things." }'],
			},
		});
	});

	test('a role’s level in a flow map, and a note in a literal block', () => {
		const dir = styledLadder();
		const level = importSheetEdit(dir, 'testing', (row, header) => (row[header.indexOf('Maker')] = 'Two'));
		expect(level).toEqual({ 'roles/maker.mdx': { removed: ['expectations: { building: one, testing: one }'], added: ['expectations: { building: one, testing: two }'] } });
		const note = importSheetEdit(dir, 'testing', (row, header) => (row[header.indexOf('Senior Maker')] = 'Two\nLeads the testing,\nliterally, for the team.'));
		expect(note).toEqual({ 'roles/senior-maker.mdx': { removed: ['      literally.'], added: ['      literally, for the team.'] } });
	});
});

describe('one cell changed in a workbook changes that value’s lines and nothing else', { timeout: 30_000 }, () => {
	test('on the example ladder', async () => {
		const dir = exampleLadder();
		const changed = await importWorkbookEdit(dir, (workbook) => setCell(workbook, 'descriptors', ['system-design', 'practising'], 'descriptor', 'Designs single components that fit the wider system.'));
		expect(changed).toEqual({
			'competencies/architecture.yaml': {
				removed: ['      practising: Designs single components and APIs that fit the wider system, with review.'],
				added: ['      practising: Designs single components that fit the wider system.'],
			},
		});
	});

	test('on a ladder written in another style: a folded description, a literal one, a role summary', async () => {
		const dir = styledLadder();
		const changed = await importWorkbookEdit(dir, (workbook) => {
			setCell(workbook, 'competencies', ['craft', 'building'], 'description', 'Building things that last, folded by its author again.');
			setCell(workbook, 'areas', ['craft'], 'description', 'Literal text,\non three\nlines.');
			setCell(workbook, 'roles', ['maker'], 'summary', 'Makes things, folded here again.');
		});
		expect(changed).toEqual({
			'competencies/craft.yaml': {
				removed: ['  on two lines.', 'competencies:', '  - id: building', "    name: 'Building'", '    description: >-', '      Building things that last, folded by', '      its author at forty columns.'],
				added: ['  on three', '  lines.', 'competencies:', '  - id: building', "    name: 'Building'", '    description: >-', '      Building things that last, folded by its', '      author again.'],
			},
			// Folded again at the width the author's lines used, forty columns at the least.
			'roles/maker.mdx': { removed: ['  Makes things, folded', '  here.'], added: ['  Makes things, folded here again.'] },
		});
	});
});

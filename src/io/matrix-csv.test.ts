import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, test } from 'vitest';
import { makeArea, makeCompetency, makeLadder, makeLadderFile, makeRole, makeSource } from '../../tests/support/ladder-builders.ts';
import { ladderToCsv } from './csv-export.ts';
import { parseMatrixCsv, type SheetContext } from './csv-import.ts';
import { columnName } from './csv-layout.ts';
import { readCell, writeCell } from './spreadsheet-cell.ts';
import { sheetProblems } from './sheet-problems.ts';

const sourceParts = {
		ladder: makeLadderFile({
			tracks: [
				{ id: 'maker', name: 'Maker' },
				{ id: 'lead', name: 'Lead', levelLabels: { good: 'Senior', great: 'Principal' } },
			],
		}),
		areas: {
			craft: makeArea(['building', 'testing'], {
				name: 'Craft, "hands-on" & more',
				competencies: [makeCompetency('building', { labels: { good: 'Skilled', great: 'Expert' } }), makeCompetency('testing')],
			}),
		},
};
const ladder = makeLadder(
	makeSource({
		...sourceParts,
		roles: {
			junior: makeRole({ title: 'Ingénieur, "junior"', summary: 'Builds; tests, then ships.', expectations: { building: 'good' } }),
			boss: makeRole({ title: 'Boss', track: 'lead', grade: 2, expectations: { building: 'great', testing: 'basic' } }),
		},
	}),
);
const context: SheetContext = {
	levels: ladder.levels.map(({ id, label }) => ({ id, label })),
	trackIds: ladder.tracks.map((t) => t.id),
	areas: ladder.areas.map(({ id, name }) => ({ id, name })),
};
const csv = ladderToCsv(ladder);
const lines = csv.replace(/^\uFEFF/, '').split('\r\n');

describe('ladderToCsv', () => {
	test('writes a byte-order mark, CRLF line ends and quotes what needs quoting', () => {
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(lines.slice(0, 7)).toMatchInlineSnapshot(`
			[
			  "Area id,Competency id,Competency,"Ingénieur, ""junior""",Boss,Description,Level names,Basic,Good,Great",
			  ",,Role id,junior,boss,,,,,",
			  ",,Track,maker,lead,,,,,",
			  ",,Grade,1,2,,,,,",
			  ",,Summary,"Builds; tests, then ships.",Makes things.,,,,,",
			  ",,Track level names,,"Good: Senior
			Great: Principal",,,,,",
			  "craft,building,Building,Good,Great,What building covers.,"Good: Skilled
			Great: Expert",building at basic.,building at good.,building at great.",
			]
		`);
	});
});

describe('levels a competency leaves out', () => {
	test('are empty cells, and come back as levels it does not describe; an empty description is no description', () => {
		const partial = makeLadder(
			makeSource({
				areas: { craft: { name: 'Craft', competencies: [{ id: 'building', name: 'Building', levels: { good: 'Builds well.', great: 'Builds greatly.' } }] } },
				roles: { maker: makeRole({ expectations: { building: 'good' } }) },
			}),
		);
		const partialContext: SheetContext = { ...context, areas: [{ id: 'craft', name: 'Craft' }] };

		const { sheet, problems } = parseMatrixCsv(ladderToCsv(partial), 'matrix.csv', partialContext);

		expect(problems).toEqual([]);
		expect(sheet?.competencies[0]).toMatchObject({ description: undefined, descriptors: { good: 'Builds well.', great: 'Builds greatly.' } });
	});

	test('a row that describes no level is refused; an area the ladder lacks is one to create', () => {
		const rows = lines.map((line, index) => (index === 6 ? 'new-area,building,Building,Good,Great,,,,,' : line));

		const { problems, sheet } = parseMatrixCsv(rows.join('\r\n'), 'matrix.csv', context);

		expect(sheet).toBeUndefined();
		expect(problems).toEqual([{ file: 'matrix.csv', field: 'row 7, column H', message: sheetProblems.noDescriptor() }]);
		const withNewArea = parseMatrixCsv(lines.map((line, index) => (index === 6 ? line.replace(/^craft,/, 'people-growth,') : line)).join('\r\n'), 'matrix.csv', context);
		expect(withNewArea.problems).toEqual([]);
		expect(withNewArea.sheet?.competencies[0]).toMatchObject({ areaId: 'people-growth', areaName: 'People growth' });
	});

	test('a sheet made before, whose first column is the area’s name, is read by name, and refused where two areas share it', () => {
		const byName = lines.map((line, index) => (index === 0 ? line.replace(/^Area id,/, 'Area,') : index === 6 ? line.replace(/^craft,/, '"Craft, ""hands-on"" & more",') : line));
		const read = parseMatrixCsv(byName.join('\r\n'), 'matrix.csv', context);
		expect(read.problems).toEqual([]);
		expect(read.sheet?.competencies[0]).toMatchObject({ areaId: 'craft' });

		const twins = { ...context, areas: [...context.areas, { id: 'craft-2', name: context.areas[0]!.name }] };
		expect(parseMatrixCsv(byName.join('\r\n'), 'matrix.csv', twins).problems).toEqual([
			{ file: 'matrix.csv', field: 'row 7, column A', message: sheetProblems.ambiguousArea(context.areas[0]!.name, ['craft', 'craft-2']) },
		]);
	});
});

describe('formula injection', () => {
	const formulas = ['=HYPERLINK("http://evil.example","Click")', '+1+1', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1', "'quoted", "''twice"];
	const hostile = makeLadder(
		makeSource({
			areas: { craft: makeArea(['building'], { competencies: [makeCompetency('building', { name: formulas[0]! })] }) },
			roles: {
				maker: makeRole({ title: formulas[1]!, grade: -1, summary: formulas[2]!, expectations: { building: 'good' } }),
				lead: makeRole({ title: formulas[3]!, track: 'lead', summary: formulas[4]! }),
				other: makeRole({ title: formulas[5]!, track: 'lead', grade: 2, summary: formulas[6]! }),
				last: makeRole({ title: formulas[7]!, track: 'lead', grade: 3 }),
			},
		}),
	);

	test('no cell starts with a character that makes a spreadsheet compute', async () => {
		const { parse } = await import('csv-parse/sync');
		const cells = (parse(ladderToCsv(hostile).replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][]).flat();

		expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
		expect(cells).toContain(`'${formulas[0]}`);
	});

	test('reads every neutralised cell back exactly as the ladder wrote it', () => {
		const hostileContext: SheetContext = { ...context, areas: [{ id: 'craft', name: formulas[0]! }] };
		const { sheet, problems } = parseMatrixCsv(ladderToCsv(hostile), 'matrix.csv', hostileContext);

		expect(problems).toEqual([]);
		expect(sheet?.roles.map((r) => [r.title, r.grade, r.summary])).toEqual(
			hostile.roles.map((r) => [r.title, r.grade, r.summary]),
		);
		expect(sheet?.roles.map((r) => r.title)).toEqual(['+1+1', '@SUM(A1)', '=1+1', "''twice"]);
		expect(sheet?.competencies[0]?.name).toBe(formulas[0]);
	});

	test('a cell holding a separator is quoted, and no part of it starts a formula when the sheet is read with either separator', async () => {
		const { parse } = await import('csv-parse/sync');
		const semicolons = makeLadder(
			makeSource({
				areas: { craft: makeArea(['building'], { competencies: [makeCompetency('building', { name: 'System design;=HYPERLINK("http://evil.example")', description: 'Plans, -2+3; @SUM(A1),+1' })] }) },
			}),
		);
		const written = ladderToCsv(semicolons).replace(/^\uFEFF/, '');

		expect(written).toContain(`"System design;'=HYPERLINK(""http://evil.example"")"`);
		for (const delimiter of [',', ';']) {
			// A reader that takes quotes only at a cell's start, as a spreadsheet with the other separator does.
			const cells = (parse(written, { delimiter, relax_column_count: true, relax_quotes: true, quote: false }) as string[][]).flat();
			expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
		}
		const { sheet } = parseMatrixCsv(ladderToCsv(semicolons), 'matrix.csv', context);
		expect(sheet?.competencies[0]).toMatchObject({ name: 'System design;=HYPERLINK("http://evil.example")', description: 'Plans, -2+3; @SUM(A1),+1' });
	});

	test('writeCell and readCell are inverses, for the tab and carriage return the schemas trim away too', () => {
		for (const text of [...formulas, 'plain', '', "it's", 'a;=b', "a;'b", "a,,'=b", "=;=", ";'", ",'=", 'x;;@y']) expect(readCell(writeCell(text))).toBe(text);
		expect(writeCell('a;=b,+c')).toBe("a;'=b,'+c");
		expect(writeCell('\t=1+1')).toBe("'\t=1+1");
		expect(writeCell('plain')).toBe('plain');
	});
});

describe('parseMatrixCsv', () => {
	test('reads back what the export wrote: roles, competencies and every level', () => {
		const { sheet, problems } = parseMatrixCsv(csv, 'matrix.csv', context);

		expect(problems).toEqual([]);
		expect(sheet?.roles.map((r) => [r.id, r.title, r.tracks, r.grade, r.summary])).toEqual([
			['junior', 'Ingénieur, "junior"', ['maker'], 1, 'Builds; tests, then ships.'],
			['boss', 'Boss', ['lead'], 2, 'Makes things.'],
		]);
		expect(sheet?.competencies.map((c) => [c.areaId, c.id, c.levels])).toEqual([
			['craft', 'building', { junior: 'good', boss: 'great' }],
			['craft', 'testing', { boss: 'basic' }],
		]);
	});

	const withLine = (index: number, edit: (line: string) => string) =>
		lines.map((line, i) => (i === index ? edit(line) : line)).join('\r\n');

	test.each([
		{ kind: 'an empty file', text: '', field: '(file)', message: sheetProblems.empty() },
		{
			kind: 'a ragged row',
			text: withLine(7, (line) => line.replace(/,[^,]*$/, '')),
			field: 'row 8',
			message: sheetProblems.ragged(9, 10),
		},
		{
			kind: 'an unknown level label',
			text: withLine(6, (line) => line.replace(',Good,Great,', ',Superb,Great,')),
			field: 'row 7, column D',
			message: sheetProblems.unknownLevel('Superb', ['Basic', 'Good', 'Great']),
		},
		{
			kind: 'a duplicate role column',
			text: withLine(1, (line) => line.replace('boss', 'junior')),
			field: 'row 2, column E',
			message: sheetProblems.duplicateRole('junior', 'D'),
		},
		{
			kind: 'an unknown track',
			text: withLine(2, (line) => line.replace('lead', 'boss-track')),
			field: 'row 3, column E',
			message: sheetProblems.unknownTrack('boss-track', ['maker', 'lead']),
		},
		{
			kind: 'a grade that is not a whole number',
			text: withLine(3, (line) => line.replace(',2,', ',2.5,')),
			field: 'row 4, column E',
			message: sheetProblems.badGrade('2.5'),
		},
	])('refuses $kind, naming the row and column', ({ text, field, message }) => {
		const { sheet, problems } = parseMatrixCsv(text, 'matrix.csv', context);

		expect(sheet).toBeUndefined();
		expect(problems).toEqual([{ file: 'matrix.csv', field, message }]);
	});
});

describe('level names', () => {
	test("read back: each competency's and each track's, by the scale's labels", () => {
		const { sheet, problems } = parseMatrixCsv(csv, 'matrix.csv', context);

		expect(problems).toEqual([]);
		expect(sheet?.competencies.map((c) => c.labels)).toEqual([{ good: 'Skilled', great: 'Expert' }, {}]);
		expect(sheet?.trackLevelLabels).toEqual(new Map([['maker', {}], ['lead', { good: 'Senior', great: 'Principal' }]]));
	});

	test('a sheet made before them, without their row and column, is read and leaves them as they are', () => {
		// As sheets were exported before: no row of track names, no column of competency names.
		const rows = parse(csv.replace(/^\uFEFF/, '')) as string[][];
		const names = rows[0]!.indexOf('Level names');
		const old = rows.filter((row) => row[2] !== 'Track level names').map((row) => row.filter((_, column) => column !== names));

		const { sheet, problems } = parseMatrixCsv(stringify(old), 'matrix.csv', context);

		expect(problems).toEqual([]);
		expect(sheet?.trackLevelLabels).toBeUndefined();
		expect(sheet?.competencies.map((c) => [c.labels, c.descriptors['basic']])).toEqual([
			[undefined, 'building at basic.'],
			[undefined, 'testing at basic.'],
		]);
	});

	test('refuses a line that is not "<level>: <name>", and two roles of a track that name its levels differently', () => {
		const badLine = csv.replace('Good: Skilled', 'Superb: Skilled');
		const twoLeads = makeLadder(makeSource({ ...sourceParts, roles: { a: makeRole({ track: 'lead' }), b: makeRole({ track: 'lead', grade: 2 }) } }));
		const rows = parse(ladderToCsv(twoLeads).replace(/^\uFEFF/, '')) as string[][];
		rows[5]![4] = 'Good: Senior';

		expect(parseMatrixCsv(badLine, 'matrix.csv', context).problems).toEqual([
			{ file: 'matrix.csv', field: 'row 7, column G', message: sheetProblems.badLevelName('Superb: Skilled', ['Basic', 'Good', 'Great']) },
		]);
		expect(parseMatrixCsv(stringify(rows), 'matrix.csv', context).problems).toEqual([
			{ file: 'matrix.csv', field: 'row 6, column E', message: sheetProblems.trackNamesDiffer('lead', 'D') },
		]);
	});
});

describe('columnName', () => {
	test('names columns as spreadsheets do', () => {
		expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
	});
});

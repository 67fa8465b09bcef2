import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { newAssessment, type Assessment } from './document.ts';
import { ASSESSMENT_DATA } from '../../tests/support/assessment-data.ts';
import { cellText, teamCsv, teamGrid, teamRow, type TeamRow } from './team.ts';
import { teamMarkdown } from './team-markdown.ts';

const data = ASSESSMENT_DATA;

const person = (name: string, role: string, extra: Partial<Assessment> = {}): Assessment => ({ ...newAssessment('Test ladder', role, undefined, '2026-h1'), name, ...extra });
const rowOf = (assessment: Assessment) => (teamRow(data, assessment) as { row: TeamRow }).row;

describe('the team view', () => {
	test('makes a row per person: role, target, release, counts per area, differences with a second assessor, the gap', () => {
		const maria = person('Maria', 'junior', {
			target: 'senior',
			ratings: { 'coding/one': { rating: 'consistently', text: '' }, 'coding/two/tests': { rating: 'sometimes', text: '' } },
			reviewer: { name: 'Sam', ratings: { 'coding/one': { rating: 'sometimes', text: '' }, 'coding/two/tests': { rating: 'sometimes', text: '' } } },
		});

		const row = rowOf(maria);

		expect(row).toMatchObject({ name: 'Maria', role: 'Junior', target: 'Senior', release: '2026-h1', differ: { reviewer: 'Sam', items: 1 }, gap: { items: 3, consistently: 0 } });
		expect(row.areas).toEqual([{ name: 'Craft', counts: { 'not-yet': 0, sometimes: 0, consistently: 1, 'not-applicable': 0, unrated: 0 } }]);
	});

	test('refuses an assessment of another ladder, or of a role this ladder does not have', () => {
		expect(teamRow(data, { ...person('A', 'junior'), ladder: 'Other ladder' })).toEqual({ problem: 'it is an assessment of another ladder (“Other ladder”), not of Test ladder' });
		expect(teamRow(data, person('B', 'astronaut'))).toEqual({ problem: 'its role “astronaut” is not a role of this ladder' });
		for (const role of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) {
			expect(teamRow(data, person('C', role))).toEqual({ problem: `its role “${role}” is not a role of this ladder` });
			expect(teamRow(data, person('C', 'junior', { target: role }))).toMatchObject({ row: { target: undefined, gap: undefined } });
		}
	});

	test('writes names with line breaks on one line: no heading, table row or link of their own', () => {
		const rows = [rowOf(person('Eve\n# Promoted\r| x | y |\u2028[a]: javascript:alert(1)', 'junior'))];

		const markdown = teamMarkdown(data, rows);

		expect(markdown.split('\n').filter((line) => line.startsWith('#'))).toEqual(['# Test ladder: team view', '## Eve # Promoted | x | y | \\[a]: javascript:alert(1), Junior']);
		expect(markdown.split('\n').filter((line) => line.startsWith('|'))).toHaveLength(3);
		expect(markdown).not.toMatch(/^\s*\[a\]:/m);
	});

	test('exports the table as Markdown and as CSV whose rows all parse to one width', () => {
		const rows = [rowOf(person('Maria | "M"', 'junior')), rowOf(person('=HYPERLINK("x")', 'senior'))];

		const markdown = teamMarkdown(data, rows);
		const written = teamCsv(data.words, rows);
		// A byte-order mark and CRLF rows, as /matrix.csv: Excel reads accents in names as UTF-8.
		expect(written.startsWith('\uFEFFName,')).toBe(true);
		expect(written.endsWith('\r\n') && !written.replaceAll('\r\n', '').includes('\n')).toBe(true);
		const csv = parse(written.replace(/^\uFEFF/, '')) as string[][];

		expect(markdown).toContain('| Maria \\| "M" | Junior | | 2026-h1 | 0 | 0 | 0 | 0 | 1 | no second assessor | no target |');
		expect(markdown).toContain('## =HYPERLINK("x"), Senior');
		expect(new Set(csv.map((cells) => cells.length)).size).toBe(1);
		expect(csv[0]!.slice(-4)).toEqual(['Second assessor', 'Items rated differently', 'Gap to target: items', 'Gap to target: rated consistently']);
		expect(csv.map((cells) => [cells[0], cells[4]])).toEqual([['Name', 'Area'], ['Maria | "M"', 'Craft'], ["'=HYPERLINK(\"x\")", 'Craft'], ["'=HYPERLINK(\"x\")", 'People']]);
		const semicolon = teamCsv(data.words, [rowOf(person('Ana;=HYPERLINK("x")', 'junior'))]).replace(/^\uFEFF/, '');
		expect(semicolon).toContain(`"Ana;'=HYPERLINK(""x"")"`);
	});

	test('lays the team out as a grid: a row per person, a column per area or competency any of their roles expects, in the ladder’s order', () => {
		const rows = [
			rowOf(person('Maria', 'junior', { ratings: { 'coding/one': { rating: 'consistently', text: '' } } })),
			rowOf(person('Sam', 'senior', { ratings: { 'coding/two/tests': { rating: 'sometimes', text: '' }, 'mentoring/two': { rating: 'consistently', text: '' } } })),
		];

		const byArea = teamGrid(data, rows, 'area');
		expect(byArea.columns.map((column) => column.name)).toEqual(['Craft', 'People']);
		expect(byArea.cells.map((cells) => cells.map((cell) => cell && `${cell.counts.consistently}/${cell.items}`))).toEqual([
			['1/1', undefined],
			['0/2', '1/1'],
		]);
		const byCompetency = teamGrid(data, rows, 'competency');
		expect(byCompetency.columns.map((column) => [column.name, column.area])).toEqual([
			['Coding', 'Craft'],
			['Mentoring', 'People'],
		]);
		expect(cellText(data.words, byCompetency.columns[0]!, byCompetency.cells[1]![0])).toBe('Coding: 0 of 2 consistently, 1 sometimes, 1 not rated');
		expect(cellText(data.words, byCompetency.columns[1]!, byCompetency.cells[0]![1])).toBe('Mentoring: not expected of this role');
	});
});

import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { newAssessment, type Assessment } from './document.ts';
import { ASSESSMENT_DATA } from '../../tests/support/assessment-data.ts';
import { teamCsv, teamMarkdown, teamRow, type TeamRow } from './team.ts';

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

		expect(markdown.split('\n').filter((line) => line.startsWith('#'))).toEqual(['# Test ladder: team view', '## Eve \\# Promoted \\| x \\| y \\| \\[a\\]: javascript:alert(1), Junior']);
		expect(markdown.split('\n').filter((line) => line.startsWith('|'))).toHaveLength(3);
		expect(markdown).not.toMatch(/^\s*\[a\]:/m);
	});

	test('exports the table as Markdown and as CSV whose rows all parse to one width', () => {
		const rows = [rowOf(person('Maria | "M"', 'junior')), rowOf(person('=HYPERLINK("x")', 'senior'))];

		const markdown = teamMarkdown(data, rows);
		const csv = parse(teamCsv(rows)) as string[][];

		expect(markdown).toContain('| Maria \\| "M" | Junior |  | 2026-h1 | 0 | 0 | 0 | 0 | 1 | no second assessor | no target |');
		expect(markdown).toContain('## =HYPERLINK("x"), Senior');
		expect(new Set(csv.map((cells) => cells.length)).size).toBe(1);
		expect(csv.map((cells) => [cells[0], cells[4]])).toEqual([['Name', 'Area'], ['Maria | "M"', 'Craft'], ["'=HYPERLINK(\"x\")", 'Craft'], ["'=HYPERLINK(\"x\")", 'People']]);
		const semicolon = teamCsv([rowOf(person('Ana;=HYPERLINK("x")', 'junior'))]);
		expect(semicolon).toContain(`"Ana;'=HYPERLINK(""x"")"`);
	});
});

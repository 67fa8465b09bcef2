import { describe, expect, test } from 'vitest';
import { formatProblem, type Problem } from './problems.ts';
import { FIRST_OF_EACH, SCREENFUL, warningReport } from './warning-report.ts';

const warning = (index: number, kind: NonNullable<Problem['kind']>): Problem => ({ file: `roles/r${index}.mdx`, field: 'grade', message: `warning ${index}`, kind });

describe('warningReport', () => {
	test('lists every warning when there are a screenful or fewer', () => {
		const few = Array.from({ length: SCREENFUL }, (_, i) => warning(i, 'lowered'));

		expect(warningReport(few)).toEqual(few.map((w) => `warning: ${formatProblem(w)}`));
	});

	test('summarises more: a count per kind, the first few of each, and how to see them all', () => {
		const many = [
			...Array.from({ length: 30 }, (_, i) => warning(i, 'lowered')),
			...Array.from({ length: 2 }, (_, i) => warning(100 + i, 'expectsNothing')),
		];

		const lines = warningReport(many);

		expect(lines[0]).toBe('32 lint warnings; the first 3 of each kind (--verbose, or LADDER_VERBOSE=1 for the build, lists them all):');
		expect(lines).toContain('  30 expectations that go down on the way up:');
		expect(lines).toContain('  2 roles that expect nothing:');
		expect(lines.filter((line) => line.startsWith('    warning:'))).toHaveLength(FIRST_OF_EACH + 2);
		expect(warningReport(many, { verbose: true })).toHaveLength(32);
	});
});

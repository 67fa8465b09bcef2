import { describe, expect, test } from 'vitest';
import { areaFile, makeArea, makeLadder, makeRole, makeSource, roleFile } from '../../../tests/support/ladder-builders.ts';
import { lintLadder } from './lint.ts';
import { warnings } from './problems.ts';

const lint = (roles: Record<string, unknown>, areas?: Record<string, unknown>) =>
	lintLadder(makeLadder(makeSource({ roles, ...(areas ? { areas } : {}) })));

describe('lintLadder', () => {
	test('is quiet about a ladder that only goes up', () => {
		expect(
			lint({
				junior: makeRole({ expectations: { building: 'basic', testing: 'basic' } }),
				senior: makeRole({ title: 'Senior', grade: 2, expectations: { building: 'good', testing: 'great' } }),
			}),
		).toEqual([]);
	});

	test('warns when an expectation goes down between adjacent grades of a track, naming both files', () => {
		const found = lint({
			junior: makeRole({ title: 'Junior', expectations: { building: 'good', testing: 'basic' } }),
			senior: makeRole({ title: 'Senior', grade: 2, expectations: { building: 'basic', testing: 'good' } }),
		});

		expect(found).toEqual([
			{
				file: roleFile('senior'),
				field: 'expectations.building',
				message: warnings.lowered('building', { title: 'Junior', file: roleFile('junior') }, 'Good', 'Basic'),
				kind: 'lowered',
				about: ['senior', 'building'],
			},
		]);
	});

	test('warns when an expectation goes down along a next path across tracks', () => {
		const found = lint({
			maker: makeRole({ title: 'Maker', grade: 2, next: ['boss'], expectations: { building: 'great', testing: 'good' } }),
			boss: makeRole({ title: 'Boss', track: 'lead', grade: 3, expectations: { building: 'good', testing: 'good' } }),
		});

		expect(found.map((w) => `${w.file}: ${w.field}`)).toEqual([`${roleFile('boss')}: expectations.building`]);
	});

	test('warns about a competency no role expects and a role that expects nothing', () => {
		const found = lint(
			{ maker: makeRole({ expectations: { building: 'good' } }), idle: makeRole({ title: 'Idle', track: 'lead', grade: 5 }) },
			{ craft: makeArea(['building', 'testing']) },
		);

		expect(found).toEqual([
			{ file: areaFile('craft'), field: 'competencies[1]', message: warnings.unexpected('testing'), kind: 'unexpected', about: ['testing'] },
			{ file: roleFile('idle'), field: 'expectations', message: warnings.expectsNothing(), kind: 'expectsNothing', about: ['idle'] },
		]);
	});

	test('warns when roles of one grade on different tracks expect very different mean levels', () => {
		const found = lint({
			maker: makeRole({ title: 'Maker', expectations: { building: 'great', testing: 'great' } }),
			boss: makeRole({ title: 'Boss', track: 'lead', expectations: { building: 'basic', testing: 'basic' } }),
		});

		expect(found).toEqual([
			{
				file: roleFile('boss'),
				field: 'grade',
				message: warnings.unbalancedGrade(1, { title: 'Maker', file: roleFile('maker'), track: 'Maker' }, 3),
				kind: 'unbalancedGrade',
				about: ['boss'],
			},
		]);
	});

	test('compares like with like: a role expecting fewer competencies at the same levels is not lighter', () => {
		expect(
			lint({
				maker: makeRole({ expectations: { building: 'great', testing: 'great' } }),
				boss: makeRole({ track: 'lead', expectations: { building: 'great' } }),
			}),
		).toEqual([]);
	});

	test('accepts a small difference in weight at one grade', () => {
		expect(
			lint({
				maker: makeRole({ expectations: { building: 'great', testing: 'great' } }),
				boss: makeRole({ track: 'lead', expectations: { building: 'great', testing: 'good' } }),
			}),
		).toEqual([]);
	});

	test('warns about a next path to a lower grade, and two roles of one grade on one track', () => {
		const found = lint({
			junior: makeRole({ title: 'Junior', expectations: { building: 'basic' } }),
			twin: makeRole({ title: 'Twin', expectations: { building: 'basic' } }),
			senior: makeRole({ title: 'Senior', grade: 2, next: ['junior'], expectations: { building: 'good' } }),
		});

		expect(found.filter((w) => w.kind === 'nextLower' || w.kind === 'sameRung')).toEqual([
			{ file: roleFile('senior'), field: 'next', message: warnings.nextLower({ title: 'Junior', file: roleFile('junior') }, 2, 1), kind: 'nextLower', about: ['senior', 'junior'] },
			{ file: roleFile('twin'), field: 'grade', message: warnings.sameRung({ title: 'Junior', file: roleFile('junior') }, 1), kind: 'sameRung', about: ['twin'] },
		]);
	});

	test('takes a next path into another track at a lower grade number as a move, not a step down', () => {
		// IC and manager grades are numbered apart: Senior Engineer 4 leads to Engineering Manager 1.
		const found = lint({
			senior: makeRole({ title: 'Senior', grade: 4, next: ['manager'], expectations: { building: 'great' } }),
			manager: makeRole({ title: 'Manager', track: 'lead', grade: 1, next: [], expectations: { building: 'great' } }),
		});

		expect(found.filter((w) => w.kind === 'nextLower')).toEqual([]);
	});
});

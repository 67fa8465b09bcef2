import { describe, expect, test } from 'vitest';
import { makeArea, makeLadder, makeRole, makeSource } from '../../../tests/support/ladder-builders.ts';
import { changesOnly, compareExpectations } from './compare.ts';
import { getRole } from './lookup.ts';

const ladder = makeLadder(
	makeSource({
		areas: { craft: makeArea(['building', 'testing', 'shipping', 'teaching']) },
		roles: {
			junior: makeRole({ expectations: { building: 'good', testing: 'good', shipping: 'great' } }),
			senior: makeRole({ grade: 2, expectations: { building: 'great', testing: 'good', shipping: 'basic', teaching: 'good' } }),
			other: makeRole({ grade: 3, expectations: { teaching: 'great' } }),
		},
	}),
);

const summarise = (changes: ReturnType<typeof compareExpectations>) =>
	changes.map((c) => `${c.competency.id}: ${c.from?.id ?? '-'} → ${c.to?.id ?? '-'} (${c.kind})`);

describe('compareExpectations', () => {
	test('classifies every competency either role expects, in competency order', () => {
		const changes = compareExpectations(ladder, getRole(ladder, 'junior'), getRole(ladder, 'senior'));

		expect(summarise(changes)).toMatchInlineSnapshot(`
			[
			  "building: good → great (raised)",
			  "testing: good → good (same)",
			  "shipping: great → basic (lowered)",
			  "teaching: - → good (added)",
			]
		`);
	});

	test('marks what the later role no longer expects', () => {
		const changes = compareExpectations(ladder, getRole(ladder, 'senior'), getRole(ladder, 'other'));

		expect(summarise(changes).filter((line) => line.endsWith('(removed)'))).toEqual([
			'building: great → - (removed)',
			'testing: good → - (removed)',
			'shipping: basic → - (removed)',
		]);
	});

	test('treats everything as newly expected when there is no earlier role', () => {
		const changes = compareExpectations(ladder, undefined, getRole(ladder, 'junior'));

		expect(changes.map((c) => c.kind)).toEqual(['added', 'added', 'added']);
	});

	test('changesOnly drops the unchanged rows', () => {
		const changes = compareExpectations(ladder, getRole(ladder, 'junior'), getRole(ladder, 'senior'));

		expect(changesOnly(changes).map((c) => c.competency.id)).toEqual(['building', 'shipping', 'teaching']);
	});
});

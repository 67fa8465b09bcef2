import { describe, expect, test } from 'vitest';
import { makeArea, makeLadder, makeRole, makeSource } from '../../tests/support/ladder-builders.ts';
import { getRole } from './lookup.ts';
import { roleProfile } from './profile.ts';

const ladder = makeLadder(
	makeSource({
		areas: { craft: makeArea(['building', 'testing'], { order: 1 }), people: makeArea(['teaching'], { name: 'People', order: 2 }) },
		roles: {
			junior: makeRole({ title: 'Junior', next: ['senior'], expectations: { building: 'basic' } }),
			senior: makeRole({ title: 'Senior', grade: 2, expectations: { building: 'great', testing: 'good', teaching: 'good' } }),
		},
	}),
);

describe('roleProfile', () => {
	test('scores each area by the mean rank of the competencies the role expects, 0 where it expects none', () => {
		// Junior expects building at basic and nothing of testing: its craft is basic, not half of it.
		expect(roleProfile(ladder, getRole(ladder, 'junior')).map((a) => [a.areaId, a.score])).toEqual([
			['craft', 1],
			['people', 0],
		]);
		expect(roleProfile(ladder, getRole(ladder, 'senior')).map((a) => a.score)).toEqual([2.5, 2]);
	});
});

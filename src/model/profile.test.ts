import { describe, expect, test } from 'vitest';
import { profileLadder } from '../../tests/support/small-ladders.ts';
import { getRole } from './lookup.ts';
import { roleProfile } from './profile.ts';

const ladder = profileLadder;

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

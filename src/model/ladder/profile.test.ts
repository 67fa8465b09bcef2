import { describe, expect, test } from 'vitest';
import { profileLadder } from '../../../tests/support/small-ladders.ts';
import { getRole } from './lookup.ts';
import { profileAreas, roleProfile } from './profile.ts';
import { makeArea, makeLadder, makeLadderFile, makeRole, makeSource } from '../../../tests/support/ladder-builders.ts';

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

describe('profileAreas', () => {
	test('shows a role’s track areas and any other area it expects something of, in area order', () => {
		const ladder = makeLadder(
			makeSource({
				ladder: makeLadderFile({
					tracks: [
						{ id: 'maker', name: 'Maker', areas: ['craft'] },
						{ id: 'lead', name: 'Lead', areas: ['people'] },
					],
				}),
				areas: { craft: makeArea(['building']), people: makeArea(['coaching']), extra: makeArea(['writing']) },
				roles: {
					maker: makeRole({ expectations: { building: 'good' } }),
					lead: makeRole({ track: 'lead', expectations: { coaching: 'good', writing: 'good' } }),
				},
			}),
		);
		expect(profileAreas(ladder, [getRole(ladder, 'maker')]).map((a) => a.id)).toEqual(['craft']);
		expect(profileAreas(ladder, [getRole(ladder, 'lead')]).map((a) => a.id).sort()).toEqual(['extra', 'people']);
	});
});

describe('area titles', () => {
	test('tell apart areas of one name by their tracks, and leave other names as they are', () => {
		const ladder = makeLadder(
			makeSource({
				ladder: makeLadderFile({
					tracks: [
						{ id: 'maker', name: 'Engineering', areas: ['impact-ic', 'craft'] },
						{ id: 'lead', name: 'Management', areas: ['impact-m'] },
					],
				}),
				areas: { 'impact-ic': makeArea(['shipping'], { name: 'Impact' }), 'impact-m': makeArea(['teams'], { name: 'Impact' }), craft: makeArea(['building']) },
				roles: { maker: makeRole({ expectations: { shipping: 'good' } }), lead: makeRole({ track: 'lead', expectations: { teams: 'good' } }) },
			}),
		);
		expect(Object.fromEntries(ladder.areas.map((area) => [area.id, area.title]))).toEqual({
			craft: 'Craft',
			'impact-ic': 'Impact (Engineering)',
			'impact-m': 'Impact (Management)',
		});
	});
});

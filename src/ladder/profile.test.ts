import { describe, expect, test } from 'vitest';
import { makeArea, makeLadder, makeRole, makeSource } from '../../tests/support/ladder-builders.ts';
import { getRole } from './lookup.ts';
import { previousRole, profileChart, roleProfile } from './profile.ts';

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
	test('scores each area by the mean rank of its competencies, 0 where nothing is expected', () => {
		expect(roleProfile(ladder, getRole(ladder, 'junior')).map((a) => [a.areaId, a.score])).toEqual([
			['craft', 0.5],
			['people', 0],
		]);
		expect(roleProfile(ladder, getRole(ladder, 'senior')).map((a) => a.score)).toEqual([2.5, 2]);
	});
});

describe('profileChart', () => {
	test('draws a bar per area in proportion to the scale, with the previous role beneath', () => {
		const chart = profileChart(ladder, getRole(ladder, 'senior'));

		expect(chart.previous?.id).toBe('junior');
		expect(chart.rows.map((row) => [row.area, row.current.width, row.previous?.width])).toEqual([
			['Craft', (2.5 / 3) * 380, (0.5 / 3) * 380],
			['People', (2 / 3) * 380, 0],
		]);
		expect(chart.rows[0]!.previous!.y).toBeGreaterThan(chart.rows[0]!.current.y);
		expect(chart.rows[1]!.current.y).toBeGreaterThan(chart.rows[0]!.previous!.y);
		expect(chart.ticks.map((t) => Math.round(t.x))).toEqual([347, 473, 600]);
	});

	test('draws one bar per area for a role nobody steps up from', () => {
		const chart = profileChart(ladder, getRole(ladder, 'junior'));

		expect(previousRole(ladder, getRole(ladder, 'junior'))).toBeUndefined();
		expect(chart.rows.every((row) => row.previous === undefined)).toBe(true);
	});
});

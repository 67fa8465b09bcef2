import { describe, expect, test } from 'vitest';
import { makeArea, makeLadder, makeLadderFile, makeRole, makeSource } from '../../tests/support/ladder-builders.ts';
import { profileLadder } from '../../tests/support/small-ladders.ts';
import { getRole } from '../model/ladder/lookup.ts';
import { previousRole } from '../model/ladder/profile.ts';
import { profileChart, roleProfileChart } from './profile-chart.ts';
import { profileGeometry } from './profile-geometry.ts';

const ladder = profileLadder;

describe('roleProfileChart', () => {
	test('draws a bar per area in proportion to the scale, with the previous role beneath', () => {
		const chart = roleProfileChart(ladder, getRole(ladder, 'senior'))!;

		expect(chart.series.map((s) => s.title)).toEqual(['Senior', 'Junior']);
		expect(chart.rows.map((row) => [row.area, ...row.bars.map((bar) => bar.width)])).toEqual([
			// 2.5, 1 and 2 of 3 levels on a 380-unit plot, written to a tenth.
			['Craft', 316.7, 126.7],
			['People', 253.3, 0],
		]);
		const [craft, people] = chart.rows;
		expect(craft!.bars[1]!.y).toBeGreaterThan(craft!.bars[0]!.y + craft!.bars[0]!.height);
		expect(people!.bars[0]!.y).toBeGreaterThan(craft!.bars[1]!.y + craft!.bars[1]!.height);
		expect(chart.ticks.map((t) => Math.round(t.x))).toEqual([347, 473, 600]);
		expect(chart.ticks.map((t) => t.label)).toEqual(['Basic', 'Good', 'Great']);
	});

	test('names the levels as the role’s track does, where it names them', () => {
		const named = makeLadder(
			makeSource({
				ladder: makeLadderFile({ tracks: [{ id: 'maker', name: 'Maker' }, { id: 'lead', name: 'Lead', levelLabels: { good: 'M1', great: 'M2' } }] }),
				roles: { maker: makeRole(), boss: makeRole({ track: 'lead' }) },
			}),
		);

		expect(roleProfileChart(named, getRole(named, 'boss'))!.ticks.map((tick) => tick.label)).toEqual(['Basic', 'M1', 'M2']);
		expect(roleProfileChart(named, getRole(named, 'maker'))!.ticks.map((tick) => tick.label)).toEqual(['Basic', 'Good', 'Great']);
		// Roles of two tracks on one chart: the scale's own names.
		expect(profileChart(named, [getRole(named, 'boss'), getRole(named, 'maker')])!.ticks.map((tick) => tick.label)).toEqual(['Basic', 'Good', 'Great']);
	});

	test('draws one bar per area for a role nobody steps up from', () => {
		const chart = roleProfileChart(ladder, getRole(ladder, 'junior'))!;

		expect(previousRole(ladder, getRole(ladder, 'junior'))).toBeUndefined();
		expect(chart.rows.every((row) => row.bars.length === 1)).toBe(true);
	});
});

describe('a ladder of one area', () => {
	const oneArea = (count: number) =>
		makeLadder(
			makeSource({
				areas: { skills: makeArea(Array.from({ length: count }, (_, index) => `skill-${index + 1}`)) },
				roles: {
					junior: makeRole({ expectations: { 'skill-1': 'basic', 'skill-2': 'good' } }),
					senior: makeRole({ grade: 2, expectations: { 'skill-1': 'good', 'skill-3': 'great' } }),
				},
			}),
		);

	test('draws a bar per competency the roles expect, not one bar for the area', () => {
		const ladder = oneArea(20);
		const chart = roleProfileChart(ladder, getRole(ladder, 'senior'))!;

		expect(chart.per).toBe('competency');
		expect(chart.rows.map((row) => [row.area, ...row.bars.map((bar) => bar.value)])).toEqual([
			['Skill 1', 2, 1],
			['Skill 2', 0, 2],
			['Skill 3', 3, 0],
		]);
	});

	test('leaves the chart out past twelve competencies: the expectations’ table says it', () => {
		const many = makeLadder(
			makeSource({
				areas: { skills: makeArea(Array.from({ length: 13 }, (_, index) => `skill-${index + 1}`)) },
				roles: { maker: makeRole({ expectations: Object.fromEntries(Array.from({ length: 13 }, (_, index) => [`skill-${index + 1}`, 'basic'])) }) },
			}),
		);
		expect(roleProfileChart(many, getRole(many, 'maker'))).toBeUndefined();
	});
});

describe('profileChart', () => {
	test('overlays any number of roles, one bar each per area, in the order given', () => {
		const roles = ['junior', 'senior', 'junior'].map((id) => getRole(ladder, id));
		const chart = profileChart(ladder, roles)!;

		expect(chart.series.map((s) => s.title)).toEqual(['Junior', 'Senior', 'Junior']);
		expect(chart.rows[0]!.bars.map((bar) => bar.value)).toEqual([1, 2.5, 1]);
		const ys = chart.rows.flatMap((row) => row.bars.map((bar) => bar.y));
		expect(ys).toEqual([...ys].sort((a, b) => a - b));
		expect(chart.height).toBeGreaterThan(ys.at(-1)!);
		// The area's label sits level with the middle of its bars.
		const [craft] = chart.rows;
		expect(craft!.labelY).toBe((craft!.bars[0]!.y + craft!.bars[2]!.y + craft!.bars[2]!.height) / 2);
	});
});

test('a chart of a role and the reader’s ratings says so mid-sentence, in lower case', () => {
	const chart = profileGeometry({ areas: ['Craft'], levels: ['One', 'Two'], series: [{ title: 'Senior Engineer', scores: [2] }, { title: 'Your ratings', scores: [1] }] });
	expect(chart.summary).toBe('Expected level per competency area for Senior Engineer, with your ratings beneath each bar');
});

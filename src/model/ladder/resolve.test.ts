import { describe, expect, test } from 'vitest';
import { makeArea, makeCompetency, makeLadder, makeLadderFile, makeRole, makeSource } from '../../../tests/support/ladder-builders.ts';

describe('resolveLadder', () => {
	test('orders roles by track order, then grade', () => {
		const ladder = makeLadder(
			makeSource({
				roles: {
					boss: makeRole({ title: 'Boss', track: 'lead', grade: 1 }),
					senior: makeRole({ title: 'Senior', grade: 2 }),
					junior: makeRole({ title: 'Junior', grade: 1 }),
				},
			}),
		);

		expect(ladder.roles.map((r) => r.id)).toEqual(['junior', 'senior', 'boss']);
		expect(ladder.tracks.map((t) => [t.id, t.roleIds])).toEqual([
			['maker', ['junior', 'senior']],
			['lead', ['boss']],
		]);
	});

	test('orders areas by their order field, then file name, and competencies within them', () => {
		const ladder = makeLadder(
			makeSource({
				areas: {
					alpha: makeArea(['zeta']),
					beta: makeArea(['eta', 'theta'], { order: 1 }),
				},
			}),
		);

		expect(ladder.areas.map((a) => a.id)).toEqual(['beta', 'alpha']);
		expect(ladder.competencies.map((c) => c.id)).toEqual(['eta', 'theta', 'zeta']);
	});

	test('normalises both forms of expectation and sorts them in competency order', () => {
		const role = makeRole({ expectations: { testing: { level: 'great', note: 'Owns the test suite.' }, building: 'good' } });

		const [maker] = makeLadder(makeSource({ roles: { maker: role } })).roles;

		expect(maker?.expectations).toEqual([
			{ competencyId: 'building', levelId: 'good' },
			{ competencyId: 'testing', levelId: 'great', note: 'Owns the test suite.' },
		]);
	});

	test('links each role to the roles whose next names it', () => {
		const ladder = makeLadder(
			makeSource({
				roles: {
					junior: makeRole({ next: ['senior', 'boss'] }),
					senior: makeRole({ grade: 2 }),
					boss: makeRole({ track: 'lead', grade: 2 }),
				},
			}),
		);

		expect(ladder.roles.map((r) => [r.id, r.reachedFrom])).toEqual([
			['junior', []],
			['senior', ['junior']],
			['boss', ['junior']],
		]);
	});

	test('keeps skill groups in the order they were written', () => {
		const role = makeRole({ skills: { Languages: ['Go', 'Rust'], Tools: ['Git'] } });

		const [maker] = makeLadder(makeSource({ roles: { maker: role } })).roles;

		expect(maker?.skills).toEqual([
			{ name: 'Languages', items: ['Go', 'Rust'] },
			{ name: 'Tools', items: ['Git'] },
		]);
	});

	test('ranks levels from 1 at the bottom of the scale', () => {
		expect(makeLadder().levels.map((l) => [l.id, l.rank])).toEqual([
			['basic', 1],
			['good', 2],
			['great', 3],
		]);
	});

	test('a baseline expects every competency of the track\'s areas that describes its level; expectations override and add', () => {
		const partial = (id: string) => ({ ...makeCompetency(id), levels: { good: `${id} at good.`, great: `${id} at great.` } });
		const ladder = makeLadder(
			makeSource({
				ladder: makeLadderFile({
					tracks: [
						{ id: 'maker', name: 'Maker', areas: ['shared', 'making'] },
						{ id: 'lead', name: 'Lead', areas: ['shared'] },
					],
				}),
				areas: {
					shared: makeArea(['talking', 'writing'], { order: 1 }),
					making: { ...makeArea([]), order: 2, competencies: [makeCompetency('building'), partial('shipping')] },
				},
				roles: {
					maker: makeRole({ baseline: 'basic', expectations: { writing: 'great', talking: { level: 'good', note: 'Talks.' } } }),
					boss: makeRole({ title: 'Boss', track: 'lead', baseline: 'good' }),
				},
			}),
		);

		expect(ladder.tracks.map((t) => [t.id, t.areaIds])).toEqual([
			['maker', ['shared', 'making']],
			['lead', ['shared']],
		]);
		// "shipping" is not described at "basic", so the baseline leaves it out.
		expect(ladder.roles.find((r) => r.id === 'maker')?.expectations).toEqual([
			{ competencyId: 'talking', levelId: 'good', note: 'Talks.' },
			{ competencyId: 'writing', levelId: 'great' },
			{ competencyId: 'building', levelId: 'basic' },
		]);
		expect(ladder.roles.find((r) => r.id === 'boss')?.expectations).toEqual([
			{ competencyId: 'talking', levelId: 'good' },
			{ competencyId: 'writing', levelId: 'good' },
		]);
	});

	test('without areas, a track takes every area; descriptions may be left out', () => {
		const ladder = makeLadder(
			makeSource({
				ladder: makeLadderFile({
					levels: [{ id: 'one', label: 'One' }, { id: 'two', label: 'Two' }],
					tracks: [{ id: 'maker', name: 'Maker' }],
				}),
				areas: { craft: { name: 'Craft', competencies: [{ id: 'building', name: 'Building', levels: { two: 'Builds.' } }] } },
				roles: { maker: makeRole({ baseline: 'two' }) },
			}),
		);

		expect(ladder.tracks[0]?.areaIds).toEqual(['craft']);
		expect(ladder.roles[0]?.expectations).toEqual([{ competencyId: 'building', levelId: 'two' }]);
		expect(ladder.competencies[0]?.description).toBeUndefined();
	});

	test('a role that writes no next leads to the nearest higher grade of its track; next: [] leads nowhere', () => {
		const ladder = makeLadder(
			makeSource({
				roles: {
					junior: makeRole({ title: 'Junior', grade: 1 }),
					senior: makeRole({ title: 'Senior', grade: 3 }),
					staff: makeRole({ title: 'Staff', grade: 3 }),
					top: makeRole({ title: 'Top', grade: 4, next: [] }),
					boss: makeRole({ title: 'Boss', track: 'lead', grade: 2 }),
				},
			}),
		);
		const next = Object.fromEntries(ladder.roles.map((role) => [role.id, role.next]));

		expect(next).toEqual({ junior: ['senior', 'staff'], senior: ['top'], staff: ['top'], top: [], boss: [] });
		expect(ladder.roles.find((r) => r.id === 'top')?.reachedFrom).toEqual(['senior', 'staff']);
	});

	test('a role tracks share is among each track’s roles by grade, expects the baseline of all their areas, and leads to the next grade of each', () => {
		const { track: _, ...trainee } = makeRole({ title: 'Trainee', grade: 0 });
		const ladder = makeLadder(
			makeSource({
				ladder: makeLadderFile({
					tracks: [
						{ id: 'maker', name: 'Maker', areas: ['craft'] },
						{ id: 'lead', name: 'Lead', areas: ['people'] },
					],
				}),
				areas: { craft: makeArea(['building']), people: makeArea(['coaching']) },
				roles: {
					trainee: { ...trainee, tracks: ['lead', 'maker'], baseline: 'basic' },
					junior: makeRole({ title: 'Junior', grade: 1 }),
					boss: makeRole({ title: 'Boss', track: 'lead', grade: 2 }),
				},
			}),
		);
		const trainee_ = ladder.roles.find((role) => role.id === 'trainee')!;

		expect(ladder.tracks.map((track) => [track.id, track.roleIds])).toEqual([
			['maker', ['trainee', 'junior']],
			['lead', ['trainee', 'boss']],
		]);
		expect(trainee_).toMatchObject({ trackId: 'lead', trackIds: ['lead', 'maker'], next: ['boss', 'junior'] });
		expect(trainee_.expectations.map((e) => e.competencyId)).toEqual(['building', 'coaching']);
		// Listed once, under its first track, where the site lists each role once.
		expect(ladder.roles.map((role) => role.id)).toEqual(['junior', 'trainee', 'boss']);
	});
});

import { describe, expect, test } from 'vitest';
import { makeArea, makeLadder, makeRole, makeSource } from '../../tests/support/ladder-builders.ts';

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
});

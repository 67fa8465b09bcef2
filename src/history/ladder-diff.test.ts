import { describe, expect, test } from 'vitest';
import { makeArea, makeCompetency, makeLadder, makeRole, makeSource } from '../../tests/support/ladder-builders.ts';
import { ladderToJson } from '../io/ladder-json.ts';
import { diffLadders, hasChanges } from './ladder-diff.ts';

const building = (levels: Record<string, unknown>) => makeCompetency('building', { levels: levels as never });
const version = (options: { building: Record<string, unknown>; roles: Record<string, unknown>; extraArea?: boolean }) =>
	ladderToJson(
		makeLadder(
			makeSource({
				areas: { craft: makeArea([], { competencies: [building(options.building), makeCompetency('testing')] }), ...(options.extraArea ? { people: makeArea(['teaching'], { name: 'People' }) } : {}) },
				roles: options.roles,
			}),
		),
	);

describe('diffLadders', () => {
	const before = version({
		building: { basic: 'Builds.', good: ['Builds well.', { text: 'Ships weekly.', id: 'ships' }], great: 'Builds greatly.' },
		roles: {
			maker: makeRole({ expectations: { building: 'good', testing: 'basic' } }),
			senior: makeRole({ title: 'Senior maker', grade: 2, expectations: { building: 'great' } }),
			gone: makeRole({ title: 'Gone', grade: 3 }),
		},
	});
	const after = version({
		building: { basic: 'Builds things.', good: ['Builds well.', { text: 'Ships every week.', id: 'ships' }, 'Reviews.'], great: 'Builds greatly.' },
		roles: {
			maker: makeRole({ expectations: { building: 'great', teaching: 'basic' } }),
			senior: makeRole({ title: 'Senior engineer', track: 'lead', grade: 2, expectations: { building: 'great' } }),
			fresh: makeRole({ title: 'Fresh', grade: 4 }),
		},
		extraArea: true,
	});
	const changes = diffLadders(before, after);

	test('roles by id: added, removed, renamed, moved', () => {
		expect(changes.roles).toEqual({
			added: [{ id: 'fresh', name: 'Fresh' }],
			removed: [{ id: 'gone', name: 'Gone' }],
			renamed: [{ id: 'senior', from: 'Senior maker', to: 'Senior engineer' }],
			moved: [{ id: 'senior', title: 'Senior engineer', from: 'Maker, grade 2', to: 'Lead, grade 2' }],
		});
		expect(changes.areas.added).toEqual([{ id: 'people', name: 'People' }]);
		expect(changes.competencies.added).toEqual([{ id: 'teaching', name: 'Teaching' }]);
	});

	test('each expectation raised, lowered, added or removed, with both level labels', () => {
		expect(changes.expectations).toEqual([
			{
				roleId: 'maker',
				title: 'Maker',
				changes: [
					{ competencyId: 'building', competency: 'Building', kind: 'raised', from: 'Good', to: 'Great' },
					{ competencyId: 'testing', competency: 'Testing', kind: 'removed', from: 'Basic', to: undefined },
					{ competencyId: 'teaching', competency: 'Teaching', kind: 'added', from: undefined, to: 'Basic' },
				],
			},
		]);
	});

	test('criteria by id: a reworded one is reworded, not removed and added; a single descriptor by its level', () => {
		expect(changes.descriptors.map(({ levelId, added, removed, reworded }) => ({ levelId, added, removed, reworded }))).toEqual([
			{ levelId: 'basic', added: [], removed: [], reworded: [{ id: 'building/basic', from: 'Builds.', to: 'Builds things.' }] },
			{ levelId: 'good', added: ['Reviews.'], removed: [], reworded: [{ id: 'ships', from: 'Ships weekly.', to: 'Ships every week.' }] },
		]);
	});

	test('a ladder against itself has no changes', () => {
		expect(hasChanges(diffLadders(after, after))).toBe(false);
		expect(hasChanges(changes)).toBe(true);
	});
});

import { describe, expect, test } from 'vitest';
import { makeArea, makeLadder, makeRole, makeSource } from '../../../tests/support/ladder-builders.ts';
import { competencyPage } from './competency-page.ts';
import { descriptorText } from '../../../tests/support/descriptor-text.ts';
import { buildMatrix, matrixEntries, matrixOverview, WHOLE_MATRIX_ROLE_LIMIT, wholeMatrixFits } from './matrix.ts';

const ladder = makeLadder(
	makeSource({
		areas: { craft: makeArea(['building', 'testing'], { order: 1 }), people: makeArea(['teaching'], { order: 2 }) },
		roles: {
			boss: makeRole({ title: 'Boss', track: 'lead', grade: 3, expectations: { teaching: 'great' } }),
			senior: makeRole({ title: 'Senior', grade: 2, expectations: { building: 'great', teaching: { level: 'good', note: 'Mentors.' } } }),
			junior: makeRole({ title: 'Junior', grade: 1, expectations: { building: 'good', testing: 'basic' } }),
		},
	}),
);

describe('buildMatrix', () => {
	test('puts roles in columns by track then grade, and competencies in rows by area', () => {
		const matrix = buildMatrix(ladder);

		expect(matrix.tracks.map((t) => [t.track.id, t.roles.map((r) => r.id)])).toEqual([
			['maker', ['junior', 'senior']],
			['lead', ['boss']],
		]);
		expect(matrix.areas.map((a) => [a.area.id, a.rows.map((r) => r.competency.id)])).toEqual([
			['craft', ['building', 'testing']],
			['people', ['teaching']],
		]);
	});

	test('fills each cell with the level, its descriptor and the note, and leaves the rest empty', () => {
		const rows = buildMatrix(ladder).areas.flatMap((a) => a.rows);
		const grid = rows.map((row) => [row.competency.id, ...row.cells.map((cell) => cell?.level.id ?? '—')]);

		expect(grid).toEqual([
			['building', 'good', 'great', '—'],
			['testing', 'basic', '—', '—'],
			['teaching', '—', 'good', 'great'],
		]);
		expect(rows[2]?.cells[1]).toMatchObject({ level: { id: 'good' }, note: 'Mentors.' });
	});

	test('narrows to the given tracks', () => {
		const matrix = buildMatrix(ladder, ['lead']);

		expect(matrix.roles.map((r) => r.id)).toEqual(['boss']);
		expect(matrixEntries(matrix)).toEqual([{ roleId: 'boss', competencyId: 'teaching', levelId: 'great' }]);
		// Only what its roles expect, under their areas: no row of dashes, no empty area.
		expect(matrix.areas.map(({ area, rows }) => [area.id, rows.map((row) => row.competency.id)])).toEqual([['people', ['teaching']]]);
	});

	test('holds exactly the expectations of the ladder', () => {
		const fromRoles = ladder.roles.flatMap((role) =>
			role.expectations.map((e) => ({ roleId: role.id, competencyId: e.competencyId, levelId: e.levelId })),
		);

		expect(matrixEntries(buildMatrix(ladder))).toEqual(expect.arrayContaining(fromRoles));
		expect(matrixEntries(buildMatrix(ladder))).toHaveLength(fromRoles.length);
	});
});

describe('competencyPage', () => {
	test('gives the descriptor at every level and the roles expecting it, by track and grade', () => {
		const page = competencyPage(ladder, 'teaching');

		expect(page.area.id).toBe('people');
		expect(page.levels.map((l) => [l.level.id, descriptorText(l.descriptor)])).toEqual([
			['basic', 'teaching at basic.'],
			['good', 'teaching at good.'],
			['great', 'teaching at great.'],
		]);
		expect(page.tracks.map((t) => [t.track.id, t.roles.map((r) => `${r.role.id}:${r.level.id}`)])).toEqual([
			['maker', ['senior:good']],
			['lead', ['boss:great']],
		]);
	});
});

describe('matrixOverview', () => {
	test('past the limit, /matrix/ lists each track’s matrix with its roles and competencies instead of one table', () => {
		const roles = (count: number) =>
			Object.fromEntries(Array.from({ length: count }, (_, i) => [`role-${i}`, makeRole({ title: `Role ${i}`, grade: i, track: i % 2 ? 'lead' : 'maker' })]));
		const small = makeLadder(makeSource({ roles: roles(WHOLE_MATRIX_ROLE_LIMIT) }));
		const big = makeLadder(makeSource({ roles: roles(WHOLE_MATRIX_ROLE_LIMIT + 1) }));

		expect(wholeMatrixFits(small)).toBe(true);
		expect(wholeMatrixFits(big)).toBe(false);
		expect(matrixOverview(big).flatMap((section) => section.tracks).map(({ track, roles, competencies }) => [track.id, roles, competencies])).toEqual([
			['maker', 21, 2],
			['lead', 20, 2],
		]);
	});
});

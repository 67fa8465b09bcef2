import { getCompetency, namedLevel, trackRoles, trackSections } from '../../model/ladder/lookup.ts';
import type { Competency, CompetencyArea, Ladder, Level, Role, Track, TrackGroup } from '../../model/ladder/types.ts';

/**
 * The competency matrix: competencies (rows, grouped by area) against roles (columns, grouped by
 * track, in grade order). `trackIds` narrows it to some tracks; tracks without roles are left out.
 */
export function buildMatrix(ladder: Ladder, trackIds?: readonly string[]): Matrix {
	// A role tracks share is a column once, under the first of its tracks the matrix shows.
	const placed = new Set<Role>();
	const tracks = ladder.tracks
		.filter((track) => !trackIds || trackIds.includes(track.id))
		.map((track) => ({ track, roles: trackRoles(ladder, track).filter((role) => !placed.has(role) && placed.add(role)) }))
		.filter((column) => column.roles.length > 0);
	const roles = tracks.flatMap((column) => column.roles);
	const trackOf = new Map(tracks.flatMap(({ track, roles: ofTrack }) => ofTrack.map((role) => [role, track] as const)));
	// A track's matrix lists what its roles expect, under their areas: a framework whose skills
	// are not grouped put 166 of them in one area, and a row of dashes per skill another track
	// uses said nothing. The whole ladder's matrix lists every competency.
	const expected = trackIds ? new Set(roles.flatMap((role) => role.expectations.map((e) => e.competencyId))) : undefined;
	const areas = ladder.areas
		.map((area) => ({
			area,
			rows: area.competencyIds
				.filter((id) => !expected || expected.has(id))
				.map((id) => {
					const competency = getCompetency(ladder, id);
					return { competency, cells: roles.map((role) => cellFor(ladder, role, competency, trackOf.get(role)!)) };
				}),
		}))
		.filter(({ rows }) => !expected || rows.length > 0);
	return { tracks, roles, areas, levelCount: ladder.levels.length };
}

/** Every filled cell of the matrix, as (role, competency, level) triples, for checks and exports. */
export function matrixEntries(matrix: Matrix): { roleId: string; competencyId: string; levelId: string }[] {
	return matrix.areas.flatMap(({ rows }) =>
		rows.flatMap(({ competency, cells }) =>
			cells.flatMap((cell) => (cell ? [{ roleId: cell.role.id, competencyId: competency.id, levelId: cell.level.id }] : [])),
		),
	);
}

function cellFor(ladder: Ladder, role: Role, competency: Competency, track: Track): MatrixCell | undefined {
	const expectation = role.expectations.find((e) => e.competencyId === competency.id);
	if (!expectation) return undefined;
	const level = namedLevel(ladder, expectation.levelId, competency, track);
	return { role, level, note: expectation.note };
}

export interface Matrix {
	tracks: { track: Track; roles: Role[] }[];
	/** The columns, left to right. */
	roles: Role[];
	areas: { area: CompetencyArea; rows: MatrixRow[] }[];
	levelCount: number;
}

export interface MatrixRow {
	competency: Competency;
	/** One per column; `undefined` where the role expects nothing of the competency. */
	cells: (MatrixCell | undefined)[];
}

export interface MatrixCell {
	role: Role;
	level: Level;
	note?: string | undefined;
}

/**
 * Past this many roles, `/matrix/` lists the per-track matrices instead of one table: a table of
 * every role against every competency grows with their product (200 roles × 60 competencies is
 * 12,000 cells) and stops being readable, or fast, long before that.
 */
export const WHOLE_MATRIX_ROLE_LIMIT = 40;

/** Whether `/matrix/` shows one table, or the per-track matrices to choose from. */
export function wholeMatrixFits(ladder: Ladder): boolean {
	return ladder.roles.length <= WHOLE_MATRIX_ROLE_LIMIT;
}

/**
 * What `/matrix/` lists when the whole matrix does not fit: each track's matrix, with its size,
 * under its group where the ladder groups its tracks.
 */
export function matrixOverview(ladder: Ladder): { group?: TrackGroup; tracks: { track: Track; roles: number; competencies: number }[] }[] {
	return trackSections(ladder).map(({ group, tracks }) => ({
		...(group ? { group } : {}),
		tracks: tracks.map((track) => ({
			track,
			roles: track.roleIds.length,
			competencies: ladder.areas.filter((area) => track.areaIds.includes(area.id)).reduce((sum, area) => sum + area.competencyIds.length, 0),
		})),
	}));
}

import { getCompetency, getRole, getTrack, rungBelow } from './lookup.ts';
import type { CompetencyArea, Ladder, Role } from './types.ts';

/**
 * A role's profile: for each competency area, the mean expected level over the area's
 * competencies that the role expects (0 where it expects none), on the scale's ranks. Counting the
 * others as 0 would draw a role whose topics start later as barely there ("0.3 of 7").
 */
export function roleProfile(ladder: Ladder, role: Role): AreaScore[] {
	const rankOf = new Map(ladder.levels.map((level) => [level.id, level.rank]));
	const expected = new Map(role.expectations.map((e) => [e.competencyId, rankOf.get(e.levelId) ?? 0]));
	return ladder.areas.map((area) => {
		const ranks = area.competencyIds.flatMap((id) => (expected.has(id) ? [expected.get(id)!] : []));
		const mean = ranks.length > 0 ? ranks.reduce((sum, rank) => sum + rank, 0) / ranks.length : 0;
		return { areaId: area.id, area: area.title, score: round(mean) };
	});
}

/**
 * The areas a chart of these roles shows: their tracks' areas, and any other area one of them
 * expects something of, in area order. A manager's chart does not list the engineers' topics.
 */
export function profileAreas(ladder: Ladder, roles: readonly Role[]): CompetencyArea[] {
	const ids = new Set<string>();
	for (const role of roles) {
		for (const trackId of role.trackIds) for (const id of getTrack(ladder, trackId).areaIds) ids.add(id);
		for (const e of role.expectations) ids.add(getCompetency(ladder, e.competencyId).areaId);
	}
	return ladder.areas.filter((area) => ids.has(area.id));
}

/** The role a reader steps up from: the first role whose `next` names it, else the rung below. */
export function previousRole(ladder: Ladder, role: Role): Role | undefined {
	const from = role.reachedFrom[0];
	return from ? getRole(ladder, from) : rungBelow(ladder, role).at(-1);
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}

export interface AreaScore {
	areaId: string;
	area: string;
	/** Mean rank over the area's competencies, 0 to the number of levels. */
	score: number;
}

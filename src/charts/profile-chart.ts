import { previousRole, profileAreas, roleProfile } from '../model/ladder/profile.ts';
import { getCompetency, getTrack } from '../model/ladder/lookup.ts';
import type { Ladder, Role, Track } from '../model/ladder/types.ts';
import { PER_COMPETENCY_LIMIT, profileGeometry, type ProfileChart } from './profile-geometry.ts';

/**
 * The profiles of several roles on one chart, the first drawn solid and the others beneath it.
 * The levels are named as `track` names them, where the chart is of one track's roles.
 */
export function profileChart(ladder: Ladder, roles: Role[], track?: Track): ProfileChart | undefined {
	const levels = ladder.levels.map((level) => track?.levelLabels.get(level.id) ?? level.label);
	const areas = profileAreas(ladder, roles);
	// One area, as a framework whose skills are not grouped writes it: one bar of its mean would say
	// nothing, so a bar per competency the roles expect, while they stay few enough to read.
	if (areas.length === 1) {
		const expected = new Set(roles.flatMap((role) => role.expectations.map((e) => e.competencyId)));
		const competencies = areas[0]!.competencyIds.filter((id) => expected.has(id)).map((id) => getCompetency(ladder, id));
		if (competencies.length > PER_COMPETENCY_LIMIT) return undefined;
		const rankOf = new Map(ladder.levels.map((level) => [level.id, level.rank]));
		return profileGeometry({
			per: 'competency',
			areas: competencies.map((competency) => competency.name),
			levels,
			series: roles.map((role) => ({
				title: role.title,
				scores: competencies.map((competency) => rankOf.get(role.expectations.find((e) => e.competencyId === competency.id)?.levelId ?? '') ?? 0),
			})),
		});
	}
	const shown = new Set(areas.map((area) => area.id));
	return profileGeometry({
		areas: ladder.areas.filter((area) => shown.has(area.id)).map((area) => area.title),
		levels,
		series: roles.map((role) => ({ title: role.title, scores: roleProfile(ladder, role).filter((a) => shown.has(a.areaId)).map((a) => a.score) })),
	});
}

/**
 * A role's chart: its profile, with the previous role's beneath it where there is one; its levels
 * named as the role's track names them ("M2", not the scale's "Level 5").
 */
export function roleProfileChart(ladder: Ladder, role: Role): ProfileChart | undefined {
	const previous = previousRole(ladder, role);
	return profileChart(ladder, previous ? [role, previous] : [role], getTrack(ladder, role.trackId));
}

export { PER_COMPETENCY_LIMIT };

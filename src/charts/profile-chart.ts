import { previousRole, profileAreas, roleProfile } from '../model/ladder/profile.ts';
import { getTrack } from '../model/ladder/lookup.ts';
import type { Ladder, Role, Track } from '../model/ladder/types.ts';
import { profileGeometry, type ProfileChart } from './profile-geometry.ts';

/**
 * The profiles of several roles on one chart, the first drawn solid and the others beneath it.
 * The levels are named as `track` names them, where the chart is of one track's roles.
 */
export function profileChart(ladder: Ladder, roles: Role[], track?: Track): ProfileChart {
	const shown = new Set(profileAreas(ladder, roles).map((area) => area.id));
	return profileGeometry({
		areas: ladder.areas.filter((area) => shown.has(area.id)).map((area) => area.title),
		levels: ladder.levels.map((level) => track?.levelLabels.get(level.id) ?? level.label),
		series: roles.map((role) => ({ title: role.title, scores: roleProfile(ladder, role).filter((a) => shown.has(a.areaId)).map((a) => a.score) })),
	});
}

/**
 * A role's chart: its profile, with the previous role's beneath it where there is one; its levels
 * named as the role's track names them ("M2", not the scale's "Level 5").
 */
export function roleProfileChart(ladder: Ladder, role: Role): ProfileChart {
	const previous = previousRole(ladder, role);
	return profileChart(ladder, previous ? [role, previous] : [role], getTrack(ladder, role.trackId));
}

import { previousRole, profileAreas, roleProfile } from '../model/ladder/profile.ts';
import type { Ladder, Role } from '../model/ladder/types.ts';
import { profileGeometry, type ProfileChart } from './profile-geometry.ts';

/** The profiles of several roles on one chart, the first drawn solid and the others beneath it. */
export function profileChart(ladder: Ladder, roles: Role[]): ProfileChart {
	const shown = new Set(profileAreas(ladder, roles).map((area) => area.id));
	return profileGeometry({
		areas: ladder.areas.filter((area) => shown.has(area.id)).map((area) => area.title),
		levels: ladder.levels.map((level) => level.label),
		series: roles.map((role) => ({ title: role.title, scores: roleProfile(ladder, role).filter((a) => shown.has(a.areaId)).map((a) => a.score) })),
	});
}

/** A role's chart: its profile, with the previous role's beneath it where there is one. */
export function roleProfileChart(ladder: Ladder, role: Role): ProfileChart {
	const previous = previousRole(ladder, role);
	return profileChart(ladder, previous ? [role, previous] : [role]);
}

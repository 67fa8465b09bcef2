import { getCompetency, trackRoles } from '../../model/ladder/lookup.ts';
import type { Competency, CompetencyArea, Ladder, Role, Track } from '../../model/ladder/types.ts';

/** Each track with its roles in grade order: the home page's map of the ladder. */
export function ladderOverview(ladder: Ladder): TrackWithRoles[] {
	return ladder.tracks.map((track) => ({ track, roles: trackRoles(ladder, track) }));
}

/** Each competency area with its competencies: the competency index. */
export function competencyIndex(ladder: Ladder): AreaWithCompetencies[] {
	return ladder.areas.map((area) => ({ area, competencies: area.competencyIds.map((id) => getCompetency(ladder, id)) }));
}

export interface AreaWithCompetencies {
	area: CompetencyArea;
	competencies: Competency[];
}

export interface TrackWithRoles {
	track: Track;
	roles: Role[];
}

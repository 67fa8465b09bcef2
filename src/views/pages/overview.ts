import { diagramAsList, ladderDiagram, type DiagramTrackList, type LadderDiagram } from '../../charts/ladder-diagram.ts';
import { getCompetency, trackRoles, trackSections } from '../../model/ladder/lookup.ts';
import { ROLES_LISTED } from '../shared/list-limits.ts';
import type { Competency, CompetencyArea, Ladder, Role, Track, TrackGroup } from '../../model/ladder/types.ts';

/** Each track with its roles in grade order: the home page's map of the ladder. */
export function ladderOverview(ladder: Ladder): TrackSection[] {
	return trackSections(ladder).map(({ group, tracks }) => {
		if (!group) return { tracks: tracks.map((track) => ({ track, roles: trackRoles(ladder, track) })) };
		// A big ladder's home page names each track with its number of roles; its page has its diagram.
		if (!listsRoles(ladder)) return { group, tracks: tracks.map((track) => ({ track, roles: trackRoles(ladder, track) })) };
		// A group's own diagram, in place of one diagram of every track (52 tracks drew 5,230 px wide).
		const diagram = ladderDiagram(ladder, undefined, group.trackIds);
		return { group, tracks: tracks.map((track) => ({ track, roles: trackRoles(ladder, track) })), diagram: { diagram, list: diagramAsList(ladder, diagram) } };
	});
}

/**
 * Whether the home page lists every role under its track (`list-limits.ts`). A framework of 52
 * tracks and 205 roles made a home page 35,000 px tall with 4,000 elements: past the limit each
 * track is a line with its number of roles, its page (with its diagram) one link away.
 */
export function listsRoles(ladder: Ladder): boolean {
	return ladder.roles.length <= ROLES_LISTED;
}

/** A group of tracks with their roles and their diagram, or one track of no group. */
export interface TrackSection {
	group?: TrackGroup;
	tracks: TrackWithRoles[];
	diagram?: { diagram: LadderDiagram; list: DiagramTrackList[] };
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

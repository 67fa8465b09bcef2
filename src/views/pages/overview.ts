import { diagramAsList, ladderDiagram, type DiagramTrackList, type LadderDiagram } from '../../charts/ladder-diagram.ts';
import { getCompetency, trackRoles, trackSections } from '../../model/ladder/lookup.ts';
import type { Competency, CompetencyArea, Ladder, Role, Track, TrackGroup } from '../../model/ladder/types.ts';

/** Each track with its roles in grade order: the home page's map of the ladder. */
export function ladderOverview(ladder: Ladder): TrackSection[] {
	return trackSections(ladder).map(({ group, tracks }) => {
		if (!group) return { tracks: tracks.map((track) => ({ track, roles: trackRoles(ladder, track) })) };
		// A group's own diagram, in place of one diagram of every track (52 tracks drew 5,230 px wide).
		const diagram = ladderDiagram(ladder, undefined, group.trackIds);
		return { group, tracks: tracks.map((track) => ({ track, roles: trackRoles(ladder, track) })), diagram: { diagram, list: diagramAsList(ladder, diagram) } };
	});
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

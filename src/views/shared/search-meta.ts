import { getTrack } from '../../model/ladder/lookup.ts';
import { listed } from './listed.ts';
import type { Competency, CompetencyArea, Ladder, Role, Track } from '../../model/ladder/types.ts';

/**
 * What a search result says about each kind of page: a title that names what the page is, and
 * the Pagefind filters (kind of page, track, grade, competency area) it can be narrowed by.
 */
export const searchMeta = {
	// A role tracks share is one result, found under each of its tracks (and their groups).
	role: (ladder: Ladder, role: Role): SearchMeta => {
		const tracks = role.trackIds.map((id) => getTrack(ladder, id));
		const groups = [...new Set(tracks.flatMap((track) => groupOf(ladder, track).group ?? []))];
		return {
			title: `${role.title} · ${listed(tracks.map((track) => track.name))}, grade ${role.grade}`,
			boost: role.title,
			filters: { type: ['Role'], ...(groups.length > 0 ? { group: groups } : {}), track: tracks.map((track) => track.name), grade: [String(role.grade)] },
		};
	},
	track: (track: Track, ladder?: Ladder): SearchMeta => ({
		title: `${track.name} · career track`,
		filters: { type: ['Track'], ...(ladder ? groupOf(ladder, track) : {}), track: [track.name] },
	}),
	competency: (competency: Competency, area: CompetencyArea): SearchMeta => ({
		title: `${competency.name} · competency in ${area.title}`,
		boost: competency.name,
		filters: { type: ['Competency'], area: [area.title] },
	}),
	comparison: (from: Role, fromTrack: Track, to: Role, toTrack: Track): SearchMeta => ({
		title: `From ${from.title} to ${to.title} · comparison`,
		filters: { type: ['Comparison'], track: [...new Set([fromTrack.name, toTrack.name])] },
	}),
};

/** The group filter of a track's pages, where the track is of a group: a ladder of fifty tracks is searched by family. */
function groupOf(ladder: Ladder, track: Track): { group?: string[] } {
	const group = track.groupId === undefined ? undefined : ladder.groups.find((one) => one.id === track.groupId);
	return group ? { group: [group.name] } : {};
}

export interface SearchMeta {
	title: string;
	/** Words the page should rank first for, such as a role's title. */
	boost?: string | undefined;
	/** Filter name → values; a page can carry several values of one filter. */
	filters: Record<string, string[]>;
}

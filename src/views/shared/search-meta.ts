import { getTrack } from '../../model/ladder/lookup.ts';
import { listed } from './listed.ts';
import { wordsOf, type Messages } from '../../messages/catalogue.ts';
import { say } from '../../messages/say.ts';
import type { Competency, CompetencyArea, Ladder, Role, Track } from '../../model/ladder/types.ts';

/**
 * What a search result says about each kind of page: a title that names what the page is, and
 * the Pagefind filters (kind of page, track, grade, competency area) it can be narrowed by; in the
 * site's language, filter names included, since the filter panel shows them as they are.
 */
export const searchMeta = {
	// A role tracks share is one result, found under each of its tracks (and their groups).
	role: (ladder: Ladder, role: Role): SearchMeta => {
		const words = wordsOf(ladder);
		const tracks = role.trackIds.map((id) => getTrack(ladder, id));
		const groups = [...new Set(tracks.flatMap((track) => groupOf(ladder, track) ?? []))];
		return {
			title: say(words, 'search.role', { role: role.title, tracks: listed(tracks.map((track) => track.name), words), grade: role.grade }),
			boost: role.title,
			filters: filters(words, { type: [words['search.type-role']], group: groups, track: tracks.map((track) => track.name), grade: [String(role.grade)] }),
		};
	},
	track: (track: Track, ladder: Ladder): SearchMeta => {
		const words = wordsOf(ladder);
		return {
			title: say(words, 'search.track', { track: track.name }),
			filters: filters(words, { type: [words['search.type-track']], group: groupOf(ladder, track) ?? [], track: [track.name] }),
		};
	},
	competency: (competency: Competency, area: CompetencyArea, words: Messages): SearchMeta => ({
		title: say(words, 'search.competency', { competency: competency.name, area: area.title }),
		boost: competency.name,
		filters: filters(words, { type: [words['search.type-competency']], area: [area.title] }),
	}),
	comparison: (from: Role, fromTrack: Track, to: Role, toTrack: Track, words: Messages): SearchMeta => ({
		title: say(words, 'search.comparison', { from: from.title, to: to.title }),
		filters: filters(words, { type: [words['search.type-comparison']], track: [...new Set([fromTrack.name, toTrack.name])] }),
	}),
};

type FilterName = 'type' | 'group' | 'track' | 'grade' | 'area';

/** The filters by their names in the site's language, leaving out those with no value. */
function filters(words: Messages, values: Partial<Record<FilterName, string[]>>): Record<string, string[]> {
	return Object.fromEntries(Object.entries(values).flatMap(([name, list]) => (list.length > 0 ? [[words[`search.filter-${name as FilterName}`], list]] : [])));
}

/** The group of a track's pages, where the track is of a group: a ladder of fifty tracks is searched by family. */
function groupOf(ladder: Ladder, track: Track): string[] | undefined {
	const group = track.groupId === undefined ? undefined : ladder.groups.find((one) => one.id === track.groupId);
	return group ? [group.name] : undefined;
}

export interface SearchMeta {
	title: string;
	/** Words the page should rank first for, such as a role's title. */
	boost?: string | undefined;
	/** Filter name → values; a page can carry several values of one filter. */
	filters: Record<string, string[]>;
}

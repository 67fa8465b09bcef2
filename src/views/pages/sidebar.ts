import { ROLES_LISTED } from '../shared/list-limits.ts';
import { listedRoles, trackSections } from '../../model/ladder/lookup.ts';
import { paths } from '../../model/ladder/paths.ts';
import type { Ladder, Track } from '../../model/ladder/types.ts';
import { wordsOf } from '../../messages/catalogue.ts';
import { say } from '../../messages/say.ts';
import { nameLang } from '../shared/translation-marks.ts';

/**
 * Starlight's sidebar for a ladder: the whole-ladder views, a group per track (its overview, then
 * its roles by grade; a role tracks share under the first), under its group of tracks where the ladder has groups,
 * then the guides (Starlight's autogenerate only sees `src/content/docs`). Plain objects in Starlight's sidebar config shape.
 */
export function ladderSidebar(ladder: Ladder, guides: readonly { id: string; title: string }[]): SidebarItem[] {
	const listRoles = ladder.roles.length <= SIDEBAR_ROLE_LIMIT;
	const words = wordsOf(ladder);
	const trackItem = (track: Track): SidebarItem => ({
		label: track.name,
		items: [
			{ label: say(words, 'nav.track-overview', { track: track.name }), link: paths.track(track.id) },
			...(listRoles ? listedRoles(ladder, track).map((role) => roleLink(role.title, paths.role(role.id), nameLang(ladder.translation, `roles.${role.id}.title`))) : []),
		],
	});
	// A group's tracks under the group's name, folded: fifty tracks in a row do not read.
	const tracks = trackSections(ladder).flatMap(({ group, tracks: ofSection }): SidebarItem[] =>
		group ? [{ label: group.name, collapsed: true, items: ofSection.map(trackItem) }] : ofSection.map(trackItem),
	);
	const views = [
		{ label: words['nav.matrix'], link: paths.matrix() },
		{ label: words['nav.competencies'], link: paths.competencies() },
		{ label: words['nav.compare'], link: paths.picker() },
		{ label: words['nav.search'], link: paths.search() },
		{ label: words['nav.changes'], link: paths.changes() },
		{ label: words['nav.team'], link: paths.team() },
		{ label: words['nav.downloads'], link: paths.downloads() },
	];
	const guideGroup = { label: words['nav.guides'], items: guides.map((g) => ({ label: g.title, link: paths.guide(g.id) })) };
	return guides.length > 0 ? [...views, ...tracks, guideGroup] : [...views, ...tracks];
}

/** Past this many roles, the sidebar lists each track's overview, which lists its roles (`list-limits.ts`). */
export const SIDEBAR_ROLE_LIMIT = ROLES_LISTED;

/** A role's link; in a translated site, a title not yet translated is in the original's language. */
const roleLink = (label: string, link: string, lang: string | undefined): SidebarItem => ({ label, link, ...(lang ? { attrs: { lang } } : {}) });

export type SidebarItem =
	| { label: string; link: string; attrs?: { lang: string } }
	| { label: string; items: SidebarItem[]; collapsed?: boolean };

import { trackRoles } from '../../model/ladder/lookup.ts';
import { paths } from '../../model/ladder/paths.ts';
import type { Ladder } from '../../model/ladder/types.ts';

/**
 * Starlight's sidebar for a ladder: the whole-ladder views, a group per track (its overview, then
 * its roles by grade),
 * then the guides (Starlight's autogenerate only sees `src/content/docs`). Plain objects in Starlight's sidebar config shape.
 */
export function ladderSidebar(ladder: Ladder, guides: readonly { id: string; title: string }[]): SidebarItem[] {
	const listRoles = ladder.roles.length <= SIDEBAR_ROLE_LIMIT;
	const tracks = ladder.tracks.map((track) => ({
		label: track.name,
		items: [
			{ label: `${track.name}: overview`, link: paths.track(track.id) },
			...(listRoles ? trackRoles(ladder, track).map((role) => ({ label: role.title, link: paths.role(role.id) })) : []),
		],
	}));
	const views = [
		{ label: 'Competency matrix', link: paths.matrix() },
		{ label: 'Competencies', link: paths.competencies() },
		{ label: 'Compare roles', link: paths.picker() },
		{ label: 'Search with filters', link: paths.search() },
		{ label: 'What changed', link: paths.changes() },
		{ label: 'Team view', link: paths.team() },
		{ label: 'Download the ladder', link: paths.downloads() },
	];
	const guideGroup = { label: 'Guides', items: guides.map((g) => ({ label: g.title, link: paths.guide(g.id) })) };
	return guides.length > 0 ? [...views, ...tracks, guideGroup] : [...views, ...tracks];
}

/**
 * Starlight repeats the sidebar in every page, so listing every role there makes the site grow
 * with the square of the ladder. Past this many roles, the sidebar lists each track's overview,
 * which lists the track's roles.
 */
export const SIDEBAR_ROLE_LIMIT = 60;

export type SidebarItem =
	| { label: string; link: string }
	| { label: string; items: SidebarItem[] };

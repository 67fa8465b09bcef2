import { trackRoles } from './lookup.ts';
import { paths } from './paths.ts';
import type { Ladder } from './types.ts';

/**
 * Starlight's sidebar for a ladder: the whole-ladder views, a group per track (its overview, then
 * its roles by grade),
 * then the guides (Starlight's autogenerate only sees `src/content/docs`). Plain objects in Starlight's sidebar config shape.
 */
export function ladderSidebar(ladder: Ladder, guides: readonly { id: string; title: string }[]): SidebarItem[] {
	const tracks = ladder.tracks.map((track) => ({
		label: track.name,
		items: [
			{ label: `${track.name}: overview`, link: paths.track(track.id) },
			...trackRoles(ladder, track).map((role) => ({ label: role.title, link: paths.role(role.id) })),
		],
	}));
	const views = [
		{ label: 'Competency matrix', link: paths.matrix() },
		{ label: 'Competencies', link: paths.competencies() },
		{ label: 'Compare roles', link: paths.picker() },
		{ label: 'Search with filters', link: paths.search() },
	];
	const guideGroup = { label: 'Guides', items: guides.map((g) => ({ label: g.title, link: paths.guide(g.id) })) };
	return guides.length > 0 ? [...views, ...tracks, guideGroup] : [...views, ...tracks];
}

export type SidebarItem =
	| { label: string; link: string }
	| { label: string; items: SidebarItem[] };

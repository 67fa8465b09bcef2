import { ladderSteps, stepsOf } from '../../model/ladder/steps.ts';
import { assessedName, getRole, getTrack } from '../../model/ladder/lookup.ts';
import { articled } from '../shared/articles.ts';
import { paths } from '../../model/ladder/paths.ts';
import type { ProfileChart } from '../../charts/profile-geometry.ts';
import { roleProfileChart } from '../../charts/profile-chart.ts';
import { searchMeta, type SearchMeta } from '../shared/search-meta.ts';
import { expectationRows, type AreaExpectations } from './role-expectations.ts';
import { ROLE_PAGE_SECTION_IDS } from '../../model/ladder/role-page-ids.ts';
import type { Ladder, Role, Track, LadderTranslation } from '../../model/ladder/types.ts';
import { wordsOf, type Messages } from '../../messages/catalogue.ts';
import { say } from '../../messages/say.ts';

/** Everything a role page shows, computed from the ladder. */
export function rolePage(ladder: Ladder, id: string): RolePage {
	const role = getRole(ladder, id);
	const words = wordsOf(ladder);
	return {
		role,
		translation: ladder.translation,
		words,
		// The page's description for search engines and link previews: the role's summary, or where
		// it has none, what the page is (never words put in the role's mouth).
		description: role.summary ?? say(words, 'role.description', { 'a-role': articled(role.title), role: role.title, ladder: ladder.name }),
		track: getTrack(ladder, role.trackId),
		tracks: role.trackIds.map((trackId) => getTrack(ladder, trackId)),
		expectations: expectationRows(ladder, role),
		next: role.next.map((nextId) => withTrack(ladder, getRole(ladder, nextId))),
		reachedFrom: role.reachedFrom.map((fromId) => withTrack(ladder, getRole(ladder, fromId))),
		levelCount: ladder.levels.length,
		ladderName: assessedName(ladder),
		comparisons: roleComparisons(ladder, role.id),
		search: searchMeta.role(ladder, role),
		profile: roleProfileChart(ladder, role),
	};
}

/** The comparison pages that end at a role (how to get here) and start from it (what is next). */
function roleComparisons(ladder: Ladder, id: string): RolePage['comparisons'] {
	const { from, to } = stepsOf(ladderSteps(ladder), id);
	return {
		into: from.map((step) => ({ ...withTrack(ladder, getRole(ladder, step.fromId)), path: paths.compare(step.fromId, id) })),
		onwards: to.map((step) => ({ ...withTrack(ladder, getRole(ladder, step.toId)), path: paths.compare(id, step.toId) })),
	};
}

/** The page's table of contents: its own sections, with the prose's headings in their place. */
export function roleHeadings(page: RolePage, bodyHeadings: readonly Heading[], changed = false, about = false): Heading[] {
	const ids = ROLE_PAGE_SECTION_IDS;
	const body = bodyHeadings.filter((heading) => heading.depth <= 3);
	const words = page.words;
	return [
		{ depth: 2, slug: ids.overview, text: words['role.overview'] },
		...(about ? [{ depth: 2, slug: ids.about, text: words['role.about'] }, ...body] : []),
		...(page.expectations.length > 0 ? [{ depth: 2, slug: ids.expectations, text: words['role.expectations'] }] : []),
		...(changed ? [{ depth: 2, slug: ids.changes, text: words['role.changes'] }] : []),
		...(page.role.skills.length > 0 ? [{ depth: 2, slug: ids.skills, text: words['role.skills'] }] : []),
		...(about ? [] : body),
		{ depth: 2, slug: ids.paths, text: words['role.paths'] },
	];
}

/**
 * Whether a role's body opens with prose rather than a heading. Such prose, after the last
 * competency, read as part of that competency and was missing from "On this page": it comes
 * before the expectations instead, under a heading of its own ("About this role").
 */
export function opensWithProse(body: string): boolean {
	const first = body
		.replace(/<!--[\s\S]*?-->/g, '')
		.split('\n')
		.find((line) => line.trim() !== '');
	return first !== undefined && !/^ {0,3}#{1,6}(\s|$)/.test(first);
}

function withTrack(ladder: Ladder, role: Role): RoleWithTrack {
	return { role, track: getTrack(ladder, role.trackId) };
}

export interface RolePage {
	role: Role;
	description: string;
	/** The track it is listed under: its only one, or the first of those it is shared by. */
	track: Track;
	/** Every track it belongs to. */
	tracks: Track[];
	expectations: AreaExpectations[];
	next: RoleWithTrack[];
	reachedFrom: RoleWithTrack[];
	/** How many levels the scale has, to say "level 3 of 5". */
	levelCount: number;
	/** Keys the reader's saved assessment: one per role, per ladder. */
	ladderName: string;
	/** Links to the comparison pages of the steps into and out of this role. */
	comparisons: { into: ComparisonLink[]; onwards: ComparisonLink[] };
	search: SearchMeta;
	/** None where a ladder of one area has too many competencies to draw a bar each. */
	profile: ProfileChart | undefined;
	/** In a translated site: each text's state, for the marks beside those not current. */
	translation: LadderTranslation | undefined;
	/** The site's own words, in the page's language. */
	words: Messages;
}

export interface ComparisonLink extends RoleWithTrack {
	path: string;
}

export interface RoleWithTrack {
	role: Role;
	track: Track;
}

export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

/**
 * The promotion pack: an assessment as a Markdown document to bring to a conversation or attach
 * to a promotion case. Who and what it is, with links back to the role page and to the release it
 * was rated against; counts per area and for the gap to the target; then every item with its
 * rating and evidence, area by area, its words in the ladder's own Markdown, links kept. Built as
 * a syntax tree (`markdown-tree.ts`): nothing typed can become markup. The panel loads this module
 * when a pack is downloaded, not when it opens: the Markdown writer is most of its weight.
 */
import type { ListItem, PhrasingContent, RootContent } from 'mdast';
import { RATING_LABELS, RATINGS, type Assessment, type Rating } from './document.ts';
import { roleOf, type AssessmentData, type Item } from './items.ts';
import { heading, link, list, paragraph, strong, table, text, writeMarkdown } from '../io/markdown-tree.ts';
import { standing } from './standing.ts';

/** Where the pack links to: the site's root and the role's page, as absolute addresses (a pack travels). */
export interface PackLinks {
	/** The site's root, ending in `/`, with its base path: `https://acme.example/ladder/`. */
	site: string;
	role: string;
}

export function promotionPack(data: AssessmentData, assessment: Assessment, items: readonly Item[], gap: readonly Item[], links: PackLinks): string {
	const role = roleOf(data, assessment.role)?.title ?? assessment.role;
	const target = assessment.target ? roleOf(data, assessment.target)?.title : undefined;
	const release = assessment.release ?? data.release;
	const facts: PhrasingContent[][] = [[text('Role: '), link(links.role, role)]];
	if (target && assessment.target) facts.push([text('Target: '), link(new URL(`roles/${assessment.target}/`, links.site).href, target)]);
	facts.push([text('Rated against: '), release === 'unreleased' ? text('the unreleased ladder') : link(new URL(`changes/#${encodeURIComponent(release)}`, links.site).href, `release ${release}`)]);
	if (assessment.reviewer) facts.push([text(`Second assessor: ${assessment.reviewer.name}`)]);
	facts.push([text(`${data.ladder}, ${assessment.updated.slice(0, 10)}`)]);
	const tree: RootContent[] = [
		heading(1, `${assessment.name ? `${assessment.name}, ${role}` : role}: self-assessment`),
		list(facts.map((phrasing) => [paragraph(...phrasing)])),
		paragraph(text('Material for a conversation, not a score: meeting every item is not how promotion works.')),
		...counts(data, assessment, items, gap, target),
		...section(data, 'What the role expects', items, assessment, links),
	];
	if (target) tree.push(...section(data, `Beyond this role: what ${target} expects`, gap, assessment, links));
	return writeMarkdown(tree);
}

/** How the ratings stand per area, then for the gap to the target: counts, not a score. */
function counts(data: AssessmentData, assessment: Assessment, items: readonly Item[], gap: readonly Item[], target: string | undefined): RootContent[] {
	const columns = [...RATINGS, 'unrated'] as const;
	const label = (column: (typeof columns)[number]) => (column === 'unrated' ? 'Not rated' : RATING_LABELS[column]);
	const row = (name: string, total: number, tally: Record<(typeof columns)[number], number>) => [name, String(total), ...columns.map((column) => String(tally[column]))];
	const rows = [['Area', 'Items', ...columns.map(label)]];
	for (const area of standing(data, assessment.role, items, assessment.ratings)) rows.push(row(area.name, area.items, area.counts));
	if (target && gap.length > 0) {
		const tally = Object.fromEntries(columns.map((column) => [column, 0])) as Record<(typeof columns)[number], number>;
		for (const item of gap) tally[assessment.ratings[item.key]?.rating ?? 'unrated']++;
		rows.push(row(`Gap to ${target}`, gap.length, tally));
	}
	return [heading(2, 'Summary'), table([null, 'right', ...columns.map(() => 'right' as const)], rows)];
}

function section(data: AssessmentData, title: string, items: readonly Item[], assessment: Assessment, links: PackLinks): RootContent[] {
	const tree: RootContent[] = [heading(2, title)];
	for (const [areaId, inArea] of Map.groupBy(items, (item) => item.areaId)) {
		tree.push(heading(3, data.areas.find((area) => area.id === areaId)?.name ?? areaId));
		// By competency and level: the target's items of a competency sit apart from this role's.
		for (const [, ofCompetency] of Map.groupBy(inArea, (item) => item.key.split('/').slice(0, 2).join('/'))) {
			const { competency, level, note } = ofCompetency[0]!;
			tree.push(heading(4, `${competency} (${level})`));
			if (note) tree.push(paragraph(text(`For ${note.role}: ${note.text}`)));
			tree.push(list(ofCompetency.map((item) => itemBlocks(item, assessment.ratings[item.key], assessment.reviewer, links))));
		}
	}
	return tree;
}

function itemBlocks(item: Item, rating: Rating | undefined, reviewer: Assessment['reviewer'], links: PackLinks): ListItem['children'] {
	const review = reviewer?.ratings[item.key];
	// The ladder's Markdown where the site vouches for it (no raw HTML, no link but the web's and its
	// own, no definition); plain text, and what people typed, as text.
	const words = item.phrasing ? absoluteLinks(item.phrasing, links.site) : [text(item.text)];
	const lines: PhrasingContent[][] = [[text('Rating: '), strong(rating ? RATING_LABELS[rating.rating] : 'not rated')]];
	if (rating?.evidence) lines.push([text(`Evidence: ${rating.evidence}`)]);
	if (review) {
		lines.push([text(`${reviewer!.name}: `), strong(RATING_LABELS[review.rating])]);
		if (review.evidence) lines.push([text(`${reviewer!.name}'s note: ${review.evidence}`)]);
	}
	return [paragraph(...words), list(lines.map((phrasing) => [paragraph(...phrasing)]))];
}

/**
 * A criterion's links to the site's own pages (`/roles/x/`) as absolute addresses: the pack is
 * read away from the site, in a promotion case or an email.
 */
function absoluteLinks(phrasing: readonly PhrasingContent[], site: string): PhrasingContent[] {
	return phrasing.map((node) => {
		if (node.type === 'link') return { ...node, url: /^\/(?!\/)/.test(node.url) ? new URL(node.url.slice(1), site).href : node.url, children: absoluteLinks(node.children, site) as typeof node.children };
		return 'children' in node ? ({ ...node, children: absoluteLinks(node.children as PhrasingContent[], site) } as PhrasingContent) : node;
	});
}

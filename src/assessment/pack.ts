/**
 * The promotion pack: an assessment as a Markdown document to bring to a conversation or attach
 * to a promotion case. Who and what it is, with links back to the role page and to the release it
 * was rated against; counts per area and for the gap to the target; then every item with its
 * rating and evidence, area by area, its words in the ladder's own Markdown, links kept. Built as
 * a syntax tree (`markdown-tree.ts`): nothing typed can become markup. The panel loads this module
 * when a pack is downloaded, not when it opens: the Markdown writer is most of its weight.
 */
import type { ListItem, PhrasingContent, RootContent } from 'mdast';
import { RATINGS, type Assessment, type Rating, type RatingValue } from './document.ts';
import { roleOf, type AssessmentData, type Item } from './items.ts';
import { heading, link, list, paragraph, strong, table, text, writeMarkdown } from '../io/markdown-tree.ts';
import { standing } from './standing.ts';
import type { AssessmentWords } from '../messages/catalogue.ts';
import { say } from '../messages/say.ts';

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
	const { words } = data;
	const facts: PhrasingContent[][] = [[text(words['assessment.pack-role']), link(links.role, role)]];
	if (target && assessment.target) facts.push([text(words['assessment.pack-target']), link(new URL(`roles/${assessment.target}/`, links.site).href, target)]);
	const against = release === 'unreleased' ? text(words['assessment.pack-unreleased']) : link(new URL(`changes/#${encodeURIComponent(release)}`, links.site).href, say(words, 'assessment.pack-release', { release }));
	facts.push([text(words['assessment.pack-against']), against]);
	if (assessment.reviewer) facts.push([text(say(words, 'assessment.pack-reviewer', { name: assessment.reviewer.name }))]);
	facts.push([text(say(words, 'assessment.pack-made', { ladder: data.ladder, date: assessment.updated.slice(0, 10) }))]);
	const tree: RootContent[] = [
		heading(1, assessment.name ? say(words, 'assessment.pack-title-named', { name: assessment.name, role }) : say(words, 'assessment.pack-title', { role })),
		list(facts.map((phrasing) => [paragraph(...phrasing)])),
		paragraph(text(words['assessment.pack-why'])),
		...counts(data, assessment, items, gap, target),
		...section(data, words['assessment.pack-expected'], items, assessment, links),
	];
	if (target) tree.push(...section(data, say(words, 'assessment.pack-beyond', { role: target }), gap, assessment, links));
	return writeMarkdown(tree);
}

/** How the ratings stand per area, then for the gap to the target: counts, not a score. */
function counts(data: AssessmentData, assessment: Assessment, items: readonly Item[], gap: readonly Item[], target: string | undefined): RootContent[] {
	const columns = [...RATINGS, 'unrated'] as const;
	const { words } = data;
	const label = (column: (typeof columns)[number]) => words[column === 'unrated' ? 'assessment.pack-not-rated' : (`assessment.rating.${column}` as const)];
	const row = (name: string, total: number, tally: Record<(typeof columns)[number], number>) => [name, String(total), ...columns.map((column) => String(tally[column]))];
	const rows = [[words['assessment.area'], words['assessment.items'], ...columns.map(label)]];
	for (const area of standing(data, assessment.role, items, assessment.ratings)) rows.push(row(area.name, area.items, area.counts));
	if (target && gap.length > 0) {
		const tally = Object.fromEntries(columns.map((column) => [column, 0])) as Record<(typeof columns)[number], number>;
		for (const item of gap) tally[assessment.ratings[item.key]?.rating ?? 'unrated']++;
		rows.push(row(say(words, 'assessment.pack-gap-row', { role: target }), gap.length, tally));
	}
	return [heading(2, words['assessment.pack-summary']), table([null, 'right', ...columns.map(() => 'right' as const)], rows)];
}

function section(data: AssessmentData, title: string, items: readonly Item[], assessment: Assessment, links: PackLinks): RootContent[] {
	const tree: RootContent[] = [heading(2, title)];
	for (const [areaId, inArea] of Map.groupBy(items, (item) => item.areaId)) {
		tree.push(heading(3, data.areas.find((area) => area.id === areaId)?.name ?? areaId));
		// By competency and level: the target's items of a competency sit apart from this role's.
		for (const [, ofCompetency] of Map.groupBy(inArea, (item) => item.key.split('/').slice(0, 2).join('/'))) {
			const { competency, level, note } = ofCompetency[0]!;
			tree.push(heading(4, say(data.words, 'assessment.pack-competency', { competency, level })));
			if (note) tree.push(paragraph(text(say(data.words, 'assessment.pack-note', { role: note.role, text: note.text }))));
			tree.push(list(ofCompetency.map((item) => itemBlocks(data.words, item, assessment.ratings[item.key], assessment.reviewer, links))));
		}
	}
	return tree;
}

function itemBlocks(said: AssessmentWords, item: Item, rating: Rating | undefined, reviewer: Assessment['reviewer'], links: PackLinks): ListItem['children'] {
	const label = (value: RatingValue) => said[`assessment.rating.${value}`];
	const review = reviewer?.ratings[item.key];
	// The ladder's Markdown where the site vouches for it (no raw HTML, no link but the web's and its
	// own, no definition); plain text, and what people typed, as text.
	const words = item.phrasing ? absoluteLinks(item.phrasing, links.site) : [text(item.text)];
	const lines: PhrasingContent[][] = [[text(said['assessment.pack-rating']), strong(rating ? label(rating.rating) : said['assessment.not-rated'])]];
	if (rating?.evidence) lines.push([text(say(said, 'assessment.pack-evidence', { text: rating.evidence }))]);
	if (review) {
		lines.push([text(`${reviewer!.name}: `), strong(label(review.rating))]);
		if (review.evidence) lines.push([text(say(said, 'assessment.pack-reviewer-note', { name: reviewer!.name, text: review.evidence }))]);
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

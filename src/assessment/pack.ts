/**
 * The promotion pack: an assessment as a Markdown document to bring to a conversation or attach
 * to a promotion case. Who and what it is, with links back to the role page and to the release it
 * was rated against; counts per area and for the gap to the target; then every item with its
 * rating and evidence, area by area, its words in the ladder's own Markdown, links kept.
 */
import { RATING_LABELS, RATINGS, type Assessment, type Rating } from './document.ts';
import { roleOf, type AssessmentData, type Item } from './items.ts';
import { markdownText, oneLine } from './markdown-text.ts';
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
	const lines = [
		`# ${markdownText(assessment.name ? `${assessment.name}, ${role}` : role)}: self-assessment`,
		'',
		`- Role: [${markdownText(role)}](${links.role})`,
		...(target && assessment.target ? [`- Target: [${markdownText(target)}](${new URL(`roles/${assessment.target}/`, links.site).href})`] : []),
		`- Rated against: ${release === 'unreleased' ? 'the unreleased ladder' : `[release ${markdownText(release)}](${new URL(`changes/#${encodeURIComponent(release)}`, links.site).href})`}`,
		...(assessment.reviewer ? [`- Second assessor: ${markdownText(assessment.reviewer.name)}`] : []),
		`- ${markdownText(data.ladder)}, ${assessment.updated.slice(0, 10)}`,
		'',
		'Material for a conversation, not a score: meeting every item is not how promotion works.',
		...counts(data, assessment, items, gap, target),
		...section(data, 'What the role expects', items, assessment, links),
	];
	if (target) lines.push(...section(data, `Beyond this role: what ${target} expects`, gap, assessment, links));
	return `${lines.join('\n')}\n`;
}

/** How the ratings stand per area, then for the gap to the target: counts, not a score. */
function counts(data: AssessmentData, assessment: Assessment, items: readonly Item[], gap: readonly Item[], target: string | undefined): string[] {
	const columns = [...RATINGS, 'unrated'] as const;
	const label = (column: (typeof columns)[number]) => (column === 'unrated' ? 'Not rated' : RATING_LABELS[column]);
	const row = (name: string, total: number, tally: Record<(typeof columns)[number], number>) => `| ${markdownText(name)} | ${total} | ${columns.map((column) => tally[column]).join(' | ')} |`;
	const lines = ['', '## Summary', '', `| Area | Items | ${columns.map(label).join(' | ')} |`, `| --- | ---: | ${columns.map(() => '---:').join(' | ')} |`];
	for (const area of standing(data, assessment.role, items, assessment.ratings)) lines.push(row(area.name, area.items, area.counts));
	if (target && gap.length > 0) {
		const tally = Object.fromEntries(columns.map((column) => [column, 0])) as Record<(typeof columns)[number], number>;
		for (const item of gap) tally[assessment.ratings[item.key]?.rating ?? 'unrated']++;
		lines.push(row(`Gap to ${target}`, gap.length, tally));
	}
	return lines;
}

function section(data: AssessmentData, title: string, items: readonly Item[], assessment: Assessment, links: PackLinks): string[] {
	const lines = ['', `## ${markdownText(title)}`];
	for (const [areaId, inArea] of Map.groupBy(items, (item) => item.areaId)) {
		lines.push('', `### ${markdownText(data.areas.find((area) => area.id === areaId)?.name ?? areaId)}`);
		// By competency and level: the target's items of a competency sit apart from this role's.
		for (const [, ofCompetency] of Map.groupBy(inArea, (item) => item.key.split('/').slice(0, 2).join('/'))) {
			const { competency, level, note } = ofCompetency[0]!;
			lines.push('', `#### ${markdownText(competency)} (${markdownText(level)})`, '');
			if (note) lines.push(`For ${markdownText(note.role)}: ${markdownText(note.text)}`, '');
			for (const item of ofCompetency) lines.push(...itemLines(item, assessment.ratings[item.key], assessment.reviewer, links));
		}
	}
	return lines;
}

function itemLines(item: Item, rating: Rating | undefined, reviewer: Assessment['reviewer'], links: PackLinks): string[] {
	const review = reviewer?.ratings[item.key];
	// The ladder's Markdown where the site vouches for it (no raw HTML, no link but the web's and its
	// own, no definition), on one line; plain text, and what people typed, escaped: a pack is opened in Markdown viewers.
	const words = item.markdown ? oneLine(absoluteLinks(item.markdown, links.site)) : markdownText(item.text);
	const lines = [`- ${words}`, `  - Rating: **${rating ? RATING_LABELS[rating.rating] : 'not rated'}**`];
	if (rating?.evidence) lines.push(`  - Evidence: ${markdownText(rating.evidence)}`);
	if (review) {
		lines.push(`  - ${markdownText(reviewer!.name)}: **${RATING_LABELS[review.rating]}**`);
		if (review.evidence) lines.push(`  - ${markdownText(reviewer!.name)}'s note: ${markdownText(review.evidence)}`);
	}
	return lines;
}

/**
 * A criterion's links to the site's own pages (`/roles/x/`) as absolute addresses: the pack is
 * read away from the site, in a promotion case or an email.
 */
export function absoluteLinks(markdown: string, site: string): string {
	return markdown.replace(/\]\(\/(?!\/)([^)\s]*)/g, (_, path: string) => `](${new URL(path, site).href}`);
}


import { itemKey, type AssessmentData } from '../../assessment/items.ts';
import { wordsFor, wordsOf } from '../../messages/catalogue.ts';
import { oneLine } from '../../io/markdown-tree.ts';
import { assessedName, getCompetency, getLevel, getTrack, listedRoles, namedLevel } from '../../model/ladder/lookup.ts';
import type { Ladder } from '../../model/ladder/types.ts';
import type { PhrasingContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { REFERENCE_DEFINITION_LINE } from '../../schemas/id.ts';
import { INLINE_ONLY } from '../../schemas/inline-only.ts';
import { inlineText } from '../shared/inline-markdown.ts';
import { criterionMark, markLang } from '../shared/translation-marks.ts';

/**
 * `/assessment-data.json`: what the self-assessment needs of the whole ladder, fetched only when
 * a reader opens it. Items are keyed by competency, level and criterion id; their text is plain,
 * since the browser writes it with `textContent`.
 */
export function assessmentData(ladder: Ladder, release: string): AssessmentData {
	// In a translated site, an item not yet translated is the original's, and says so in its language.
	const untranslated = (criterionId: string | undefined) => (criterionId === undefined ? undefined : markLang(criterionMark(ladder.translation, criterionId)));
	return {
		ladder: assessedName(ladder),
		words: wordsFor(wordsOf(ladder), 'assessment.', 'chart.', 'team.', 'translation.missing'),
		release,
		levels: Object.fromEntries(ladder.levels.map((level) => [level.id, level.label])),
		scale: ladder.levels.map((level) => level.id),
		areas: ladder.areas.map(({ id, title }) => ({ id, name: title })),
		competencies: Object.fromEntries(
			ladder.competencies.map((competency) => [
				competency.id,
				{
					name: competency.name,
					area: competency.areaId,
					levels: Object.fromEntries(
						[...competency.descriptors].map(([levelId, { isList, criteria }]) => [
							levelId,
							// A single descriptor is one item, the competency at that level; a list, an item per criterion.
							isList
								? criteria.map((criterion) => item(itemKey(competency.id, levelId, criterion.id), criterion.text, untranslated(criterion.id)))
								: [item(itemKey(competency.id, levelId), criteria[0]?.text ?? '', untranslated(criteria[0]?.id))],
						]),
					),
				},
			]),
		),
		roles: Object.fromEntries(
			ladder.roles.map((role) => [
				role.id,
				{
					title: role.title,
					track: role.trackId,
					next: role.next,
					expects: Object.fromEntries(role.expectations.map((e) => [e.competencyId, e.levelId])),
					// Where the competency or the track names the level its own way, and the role's own words on it.
					levelNames: Object.fromEntries(
						role.expectations.flatMap((e) => {
							const named = namedLevel(ladder, e.levelId, getCompetency(ladder, e.competencyId), getTrack(ladder, role.trackId));
							return named.label === getLevel(ladder, e.levelId).label ? [] : [[e.competencyId, named.label]];
						}),
					),
					notes: Object.fromEntries(role.expectations.flatMap((e) => (e.note ? [[e.competencyId, inlineText(e.note)]] : []))),
				},
			]),
		),
		roleOrder: ladder.tracks.flatMap((track) => listedRoles(ladder, track).map((role) => role.id)),
		tracks: Object.fromEntries(ladder.tracks.map((track) => [track.id, track.name])),
	};
}

/**
 * An item: plain text for the page, and its Markdown as a syntax tree too where it has markup, for
 * the pack's emphasis and links (the pack writes it with the Markdown writer, which the browser
 * could not parse without a parser twice its size). Markdown whose links lead anywhere but the
 * web, mail or the site itself (`javascript:`) is left out: the pack is opened in other Markdown
 * viewers, which may not refuse such a link as the site does.
 */
function item(key: string, markdown: string, lang: string | undefined): { key: string; text: string; phrasing?: PhrasingContent[]; lang?: string } {
	const text = inlineText(markdown);
	return { key, text, ...(text === markdown || !safeLinks(markdown) ? {} : { phrasing: phrasingOf(markdown) }), ...(lang ? { lang } : {}) };
}

/** Inline Markdown as its phrasing nodes, on one line, without the parser's positions. */
function phrasingOf(markdown: string): PhrasingContent[] {
	const phrasing = fromMarkdown(markdown, { extensions: [INLINE_ONLY] }).children.flatMap((block, index) => [
		...(index > 0 ? [{ type: 'text', value: ' ' } as const] : []),
		...('children' in block ? (block.children as PhrasingContent[]) : []),
	]);
	return JSON.parse(JSON.stringify(phrasing, (key, value: unknown) => (key === 'position' ? undefined : value)), (_, value: unknown) => {
		if (typeof value !== 'object' || value === null || !('type' in value)) return value;
		const node = value as PhrasingContent;
		// A line break, hard or soft, is a space: an item is one line of the pack.
		if (node.type === 'break') return { type: 'text', value: ' ' };
		if (node.type === 'text' || node.type === 'inlineCode') return { ...node, value: oneLine(node.value) };
		return node;
	}) as PhrasingContent[];
}

function safeLinks(markdown: string): boolean {
	// Raw HTML is text on the site, but markup to most Markdown viewers; so is a reference definition
	// (`[g]: javascript:…`), which the site's inline reading leaves as text.
	if (/[<>]/.test(markdown) || REFERENCE_DEFINITION_LINE.test(markdown)) return false;
	let safe = true;
	visit(fromMarkdown(markdown, { extensions: [INLINE_ONLY] }), (node) => {
		if ((node.type === 'link' || node.type === 'definition') && !/^(?:https?:|mailto:|\/(?!\/)|#)/i.test(node.url)) safe = false;
		if (node.type === 'html' || node.type === 'linkReference') safe = false;
	});
	return safe;
}

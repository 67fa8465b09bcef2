import { z } from 'astro/zod';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { INLINE_ONLY } from './inline-only.ts';
import { costMessage, markdownCostProblem } from './markdown-cost.ts';

/**
 * An id as it appears in a URL and an anchor: lowercase words joined by hyphens.
 * Ids come from file names and YAML keys, so they must survive slugging unchanged.
 */
export const IdSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens');

/** The invisible direction overrides: U+202A to U+202E and U+2066 to U+2069. */
export const DIRECTION_OVERRIDE = /[\u202A-\u202E\u2066-\u2069]/;

export const DIRECTION_OVERRIDE_MESSAGE =
	'contains an invisible direction override (U+202A to U+202E or U+2066 to U+2069) that makes the text read differently from what it is; remove it';

export const IMAGE_IN_TEXT_MESSAGE =
	'holds an image (![...](...)), which a name, descriptor, criterion, example or note cannot show: put the image file in content/ and show it in a role\'s or guide\'s body, or write \\! before [ for a literal "!["';

export const DEFINITION_IN_TEXT_MESSAGE =
	'holds a reference definition ([label]: address), which the site shows as text but other Markdown readers (a promotion pack, an export) read as a link: write the link inline, [text](address), or write \\[ for a literal "["';

/**
 * Text that must say something: a missing or blank value is an error. Invisible direction
 * overrides (U+202A to U+202E, U+2066 to U+2069) are refused: they make a title read differently
 * from what it is, in the sidebar, in search and in a promotion document. Right-to-left text
 * needs none of them: the browser orders it by itself.
 */
export const TextSchema = z
	.string()
	.trim()
	.min(1, 'must not be empty')
	.refine((text) => !DIRECTION_OVERRIDE.test(text), { message: DIRECTION_OVERRIDE_MESSAGE })
	// Text fields take inline Markdown, parsed at build: their cost is bounded as bodies' are.
	.refine((text) => markdownCostProblem(text) === undefined, { message: costMessage() })
	.refine((text) => !hasImage(text), { message: IMAGE_IN_TEXT_MESSAGE })
	.refine((text) => !hasDefinition(text), { message: DEFINITION_IN_TEXT_MESSAGE });

/** A line that Markdown could read as a reference definition: `[label]:` after at most three spaces. */
export const REFERENCE_DEFINITION_LINE = /^[ \t]{0,3}\[[^\]]*\]:/m;

/**
 * Whether Markdown read whole (as a pack's reader reads it, definitions on) would see a reference
 * definition. Only text with a line that looks like one is parsed.
 */
function hasDefinition(text: string): boolean {
	if (!REFERENCE_DEFINITION_LINE.test(text)) return false;
	let found = false;
	visit(fromMarkdown(text), 'definition', () => void (found = true));
	return found;
}

/**
 * Whether inline Markdown would show an image. Only text holding `![` is parsed, so the check costs
 * nothing for the sentences most text is.
 */
function hasImage(text: string): boolean {
	if (!text.includes('![')) return false;
	let found = false;
	const tree = fromMarkdown(text, { extensions: [INLINE_ONLY] });
	visit(tree, (node) => {
		if (node.type === 'image' || node.type === 'imageReference') found = true;
	});
	return found;
}

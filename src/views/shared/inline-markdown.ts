/**
 * The inline Markdown of descriptors and notes (emphasis, code, links), as HTML, by micromark.
 * Only inline constructs: a descriptor is a sentence or two in a table cell, so a leading "- " or
 * "# " stays text rather than becoming a list or a heading. Raw HTML is never passed through (it
 * shows as text), and a link with a scheme other than http(s), mailto, irc(s) or none loses its
 * address: micromark's safe defaults, relied on here, not re-done by hand. Such a link, which
 * micromark writes with an empty href, is then left as its text, since it leads nowhere.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { micromark } from 'micromark';
import { INLINE_ONLY, PARAGRAPHS_AND_LISTS } from '../../schemas/inline-only.ts';

export { INLINE_ONLY };

// A level's words appear on every role page that expects it, on comparisons and on its competency's
// page: a ladder of 200 roles renders each criterion hundreds of times. Each text is parsed once.
const htmlCache = new Map<string, string>();
const textCache = new Map<string, string>();

export function inlineMarkdown(text: string): string {
	return plainOrCached(text, htmlCache, render);
}

/**
 * Text in which micromark (with the block constructs off) has nothing to do: no character that can
 * start emphasis, code, a link, an escape, an entity or a line break, none it would escape for
 * HTML, and no space at either end for a paragraph to trim. Most criteria and descriptors are such
 * sentences, and they are their own HTML and their own plain text: at 200 roles with criteria lists,
 * parsing them anyway took a quarter of a second of the build. The tests hold this to micromark's
 * own output.
 */
export function isPlain(text: string): boolean {
	return PLAIN.test(text) && text.trim() === text;
}

const PLAIN = /^[^\\`*_[\]<>&"\n\r~]*$/;

/** The base path the site is served under, without its final slash ('' at the root). */
const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/$/, '');

function render(text: string): string {
	const html = links(micromark(text, { extensions: [INLINE_ONLY] }).trim());
	// One paragraph: its content, to sit in a cell or a sentence. Several (a blank line): as they are.
	const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
	return single && !single[1]!.includes('<p>') ? single[1]! : html;
}

/**
 * A description shown in full on its own (the ladder's, a group's, a track's, a level's): its
 * paragraphs and lists, as HTML. Where a short text is needed, `firstParagraph` gives its first.
 */
export function blockMarkdown(text: string): string {
	// Shown once per page it stands on: no cache needed. A plain sentence is a paragraph as well.
	return links(micromark(text, { extensions: [PARAGRAPHS_AND_LISTS] }).trim());
}

/** A description's first paragraph, as inline Markdown's HTML: what a card, a list or a search result shows of it. */
export function firstParagraph(text: string): string {
	return inlineMarkdown(firstParagraphMarkdown(text));
}

/** The same, as plain words: a page's description in its head. */
export function firstParagraphText(text: string): string {
	return inlineText(firstParagraphMarkdown(text));
}

function firstParagraphMarkdown(text: string): string {
	const first = fromMarkdown(text, { extensions: [PARAGRAPHS_AND_LISTS] }).children[0];
	if (!first || first.type !== 'paragraph' || first.position?.start.offset === undefined || first.position.end.offset === undefined) return text;
	return text.slice(first.position.start.offset, first.position.end.offset).trim();
}

/** A link micromark left without its address (a scheme it refuses) is its words; a site path goes under the base path. */
function links(html: string): string {
	return html.replace(/<a href="">([\s\S]*?)<\/a>/g, '$1').replace(/<a href="\/(?!\/)/g, `<a href="${BASE}/`);
}

/**
 * The same text without its Markdown, for where markup cannot go: a tooltip (whose links could not
 * be reached), a browser script's plain text.
 */
export function inlineText(text: string): string {
	return plainOrCached(text, textCache, (markdown) => toString(fromMarkdown(markdown, { extensions: [INLINE_ONLY] })));
}

/** Plain text as it is; anything else made once by `make` and kept in `cache`. */
function plainOrCached(text: string, cache: Map<string, string>, make: (text: string) => string): string {
	if (isPlain(text)) return text;
	let made = cache.get(text);
	if (made === undefined) cache.set(text, (made = make(text)));
	return made;
}

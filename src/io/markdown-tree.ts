/**
 * The Markdown the assessment writes (the promotion pack, the team view's notes), built as a
 * syntax tree (mdast) and written by `mdast-util-to-markdown`, which escapes every text node for
 * the place it stands in: whatever a person typed or the ladder says, Markdown reads it as the text
 * it is, never as emphasis, a link, a reference definition, raw HTML, a heading or a table row. A
 * pack is opened in other Markdown viewers, so nothing in it may become markup it did not mean.
 *
 * Text is written on one line: a line break typed into a name would otherwise start a line of its
 * own (a soft line break in Markdown is a space anyway).
 */
import type { Heading, Link, List, ListItem, Paragraph, PhrasingContent, RootContent, Strong, Table, TableCell, Text } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';

/** Every line break CommonMark or a viewer may honour, and the Unicode ones. */
const LINE_BREAKS = /[\r\n\u2028\u2029\u0085]+/g;

/** Text on one line. */
export function oneLine(text: string): string {
	return text.replace(LINE_BREAKS, ' ');
}

export const text = (value: string): Text => ({ type: 'text', value: oneLine(value) });
export const strong = (value: string): Strong => ({ type: 'strong', children: [text(value)] });
export const link = (url: string, value: string): Link => ({ type: 'link', url, children: [text(value)] });
export const heading = (depth: Heading['depth'], value: string): Heading => ({ type: 'heading', depth, children: [text(value)] });
export const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });

/** A tight list: one item per entry, each its blocks (a paragraph, then maybe a list). */
export function list(items: ListItem['children'][]): List {
	return { type: 'list', ordered: false, spread: false, children: items.map((children) => ({ type: 'listItem', spread: false, children })) };
}

/** A GFM table: a header row, then rows of text cells; numbers right-aligned where `align` says. */
export function table(align: Table['align'], rows: string[][]): Table {
	const cell = (value: string): TableCell => ({ type: 'tableCell', children: value ? [text(value)] : [] });
	return { type: 'table', align, children: rows.map((cells) => ({ type: 'tableRow', children: cells.map(cell) })) };
}

export function writeMarkdown(children: RootContent[]): string {
	return toMarkdown({ type: 'root', children }, { bullet: '-', listItemIndent: 'one', extensions: [gfmTableToMarkdown({ tablePipeAlign: false })] });
}

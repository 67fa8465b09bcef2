/**
 * Markdown written with all of GFM, for files the build or the command line writes: a role's prose
 * in an interview kit may have task lists, strikethrough or footnotes. Apart from
 * `markdown-tree.ts`'s writer, which the browser loads and which needs tables only.
 */
import type { RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';

export function writeGfmMarkdown(children: RootContent[]): string {
	return toMarkdown({ type: 'root', children }, { bullet: '-', listItemIndent: 'one', extensions: [gfmToMarkdown({ tablePipeAlign: false })] });
}

/**
 * Where links to the ladder's own files lead: each file of the content folder and the page it
 * becomes, and an address written in a file read as an editor would follow it. A framework ported
 * file by file keeps its links (`./d4.mdx#coding`), and they lead to pages on the site.
 */
import { existsSync } from 'node:fs';
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { INLINE_ONLY } from '../../schemas/inline-only.ts';
import { paths } from './paths.ts';

/**
 * The kinds of file a text may link to that the site publishes as they are, when a text links to
 * them: pictures (an image a guide shows, a chart template) and documents to download. Nothing that
 * a browser would run: an SVG is checked to be a picture only, as every SVG of the ladder is.
 */
export const PUBLISHED_FILE_TYPES: Readonly<Record<string, string>> = {
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.svg': 'image/svg+xml',
	'.pdf': 'application/pdf',
};

/**
 * The page a file of the content folder becomes, as a site path, or where its published copy is
 * (`/files/docs/charts/template.png`); `undefined` for one that makes neither.
 */
export function pageOfFile(dir: string, file: string): string | undefined {
	const path = relative(resolve(dir), resolve(file)).split(sep).join('/');
	if (path === 'ladder.yaml') return '/';
	// Inside the folder only, and never a hidden file or folder (the check reads neither).
	// Inside the folder: not the folder, not above it, not another drive.
	const inFolder = path !== '' && !path.startsWith('../') && path !== '..' && !isAbsolute(path);
	const published = inFolder && !path.split('/').some((part) => part.startsWith('.')) && Object.hasOwn(PUBLISHED_FILE_TYPES, extname(path).toLowerCase());
	if (published) return paths.contentFile(path);
	const role = /^roles\/([^/]+)\.mdx?$/.exec(path);
	if (role) return paths.role(role[1]!);
	const guide = /^docs\/(.+)\.mdx?$/.exec(path);
	if (guide) return paths.guide(`guides/${guide[1]}`);
	const area = /^competencies\/([^/]+)\.ya?ml$/.exec(path);
	if (area) return `${paths.competencies()}#area-${area[1]}`;
	return undefined;
}

/** What a link's address is: another site's, a path of this site, or a file of the ladder. */
export type LinkTarget =
	| { kind: 'elsewhere' }
	| { kind: 'site'; path: string; anchor: string | undefined }
	| { kind: 'file'; file: string; page: string | undefined; anchor: string | undefined };

/** Reads a link written in `file`, relative to it as an editor would follow it. */
export function linkTarget(dir: string, file: string, url: string): LinkTarget {
	// Another site, a mail address, or an anchor of this very page.
	if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#') || url === '') return { kind: 'elsewhere' };
	const [beforeAnchor = '', anchor] = splitOnce(url, '#');
	const [path = ''] = splitOnce(beforeAnchor, '?');
	if (path.startsWith('/')) return { kind: 'site', path, anchor };
	let decoded = path;
	try {
		decoded = decodeURI(path);
	} catch {
		// Left as written: the check then finds no such file.
	}
	const target = resolve(dirname(file), decoded);
	const page = pageOfFile(dir, target);
	return { kind: 'file', file: target, page: page && anchor ? `${page.split('#')[0]}#${anchor}` : page, anchor };
}

/** An address with a file link made into the link to its page; any other address as it is. */
export function siteAddress(dir: string, file: string, url: string): string {
	const target = linkTarget(dir, file, url);
	return target.kind === 'file' && target.page && existsSync(target.file) ? target.page : url;
}

/**
 * Inline Markdown with its file links made into links to their pages, so a criterion or a note
 * can name another file of the ladder as its body can. Text without a link is returned as it is.
 */
export function withSiteLinks(text: string, dir: string, file: string): string {
	if (!text.includes('](') && !text.includes(']:')) return text;
	const edits: { start: number; end: number; url: string }[] = [];
	visit(fromMarkdown(text, { extensions: [INLINE_ONLY] }), (node: Nodes) => {
		if ((node.type !== 'link' && node.type !== 'definition') || !node.position) return;
		const address = siteAddress(dir, file, node.url);
		if (address === node.url) return;
		// The address as written inside the link's source: `](url` or `]: url`.
		const source = text.slice(node.position.start.offset, node.position.end.offset);
		const at = source.lastIndexOf(node.url);
		if (at >= 0) edits.push({ start: node.position.start.offset! + at, end: node.position.start.offset! + at + node.url.length, url: address });
	});
	let result = text;
	for (const edit of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.url + result.slice(edit.end);
	return result;
}

export function splitOnce(text: string, separator: string): [string, string | undefined] {
	const at = text.indexOf(separator);
	return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

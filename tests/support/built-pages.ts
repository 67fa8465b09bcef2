import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

/** Every built HTML page, as the site path it is served at (`/404.html` for the 404). */
export function builtPagePaths(dist: string): string[] {
	return readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
		.map((file) => `/${file.replace(/index\.html$/, '')}`);
}

/**
 * The built page at a site path, parsed; throws when the page was not built. The same page is
 * returned to every caller in a worker while its file is unchanged: read it, never change it (a
 * test that must change one works on `cloneNode(true)`).
 */
export function readPage(dist: string, path: string): Document {
	const file = join(dist, path, path.endsWith('.html') ? '' : 'index.html');
	const stat = statSync(file, { throwIfNoEntry: false });
	if (!stat) throw new Error(`No page built at ${path} (${file})`);
	const stamp = `${stat.mtimeMs} ${stat.size}`;
	const kept = parsed.get(file);
	if (kept?.stamp === stamp) return kept.document;
	const { document } = parseHTML(readFileSync(file, 'utf8'));
	parsed.set(file, { stamp, document });
	return document;
}

/**
 * The pages parsed so far, by file. The build test files read the same pages one after another:
 * 3,750 parses of 950 pages in a run. The site project's files share a worker's modules
 * (`isolate: false`), so each page is parsed once per worker: every page of the test ladders
 * parsed is about 260 MB.
 */
const parsed = new Map<string, { stamp: string; document: Document }>();

/**
 * The page's main content as text, with elements kept apart and white space folded: what a reader
 * sees, where `textContent` would run the words of adjacent elements together. A script's data is
 * not text a reader sees.
 */
export function mainText(document: Document): string {
	const main = document.querySelector('main');
	return main ? fold(spacedText(main, (element) => element.tagName === 'SCRIPT')) : '';
}

/**
 * A node's text with a space around every element, so adjacent elements' words stay apart. Text
 * nodes join as they are (the parser splits them at entities). Elements that `skip` names give
 * nothing.
 */
export function spacedText(node: Node, skip: (element: Element) => boolean = () => false): string {
	if (node.nodeType === node.TEXT_NODE) return node.textContent ?? '';
	if (node.nodeType === node.ELEMENT_NODE && skip(node as Element)) return ' ';
	return ` ${[...node.childNodes].map((child) => spacedText(child, skip)).join('')} `;
}

/** Collapses runs of white space, so text can be compared regardless of markup layout. */
export function fold(text: string | null | undefined): string {
	return (text ?? '').replace(/\s+/g, ' ').trim();
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

/** Every built HTML page, as the site path it is served at (`/404.html` for the 404). */
export function builtPagePaths(dist: string): string[] {
	return readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
		.map((file) => `/${file.replace(/index\.html$/, '')}`);
}

/** The built page at a site path, parsed; throws when the page was not built. */
export function readPage(dist: string, path: string): Document {
	const file = join(dist, path, path.endsWith('.html') ? '' : 'index.html');
	if (!existsSync(file)) throw new Error(`No page built at ${path} (${file})`);
	return parseHTML(readFileSync(file, 'utf8')).document;
}

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

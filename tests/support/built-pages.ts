import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

/** The built page at a site path, parsed; throws when the page was not built. */
export function readPage(dist: string, path: string): Document {
	const file = join(dist, path, path.endsWith('.html') ? '' : 'index.html');
	if (!existsSync(file)) throw new Error(`No page built at ${path} (${file})`);
	return parseHTML(readFileSync(file, 'utf8')).document;
}

/** The page's main content as text, with white space folded: what a reader sees. */
export function mainText(document: Document): string {
	return fold(document.querySelector('main')?.textContent ?? '');
}

/** Collapses runs of white space, so text can be compared regardless of markup layout. */
export function fold(text: string | null | undefined): string {
	return (text ?? '').replace(/\s+/g, ' ').trim();
}

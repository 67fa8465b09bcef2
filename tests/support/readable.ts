import { parseHTML } from 'linkedom';
import { micromark } from 'micromark';
import { fold } from './built-pages.ts';

/**
 * What a reader sees of a descriptor or note written in Markdown: rendered by the CommonMark
 * reference parser, read back as text, white space folded. Build tests compare pages with this,
 * so `**clear**` in the content is "clear" on the page.
 */
export function readable(markdown: string | undefined): string {
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	document.body.innerHTML = micromark(markdown ?? '');
	return fold(document.body.textContent);
}

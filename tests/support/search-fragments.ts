import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One page as Pagefind indexed it: its address and the text it holds for the page. */
export interface SearchFragment {
	url: string;
	content: string;
}

/**
 * Every page's search fragment, read back from the built index. A fragment file is gzip around a
 * short signature and the page's JSON; its `content` is the text Pagefind's words come from.
 */
export function searchFragments(dist: string): SearchFragment[] {
	const dir = join(dist, 'pagefind', 'fragment');
	return readdirSync(dir).map((file) => {
		const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
		const { url, content } = JSON.parse(text.slice(text.indexOf('{')));
		return { url, content };
	});
}

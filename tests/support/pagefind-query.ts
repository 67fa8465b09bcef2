import type { Page } from 'playwright-core';
import { SEARCH_RANKING } from '../../src/search/ranking.ts';

/** One search result as the tests read it: where it goes, its title, its filters, its sections. */
export interface Hit {
	url: string;
	title: string;
	filters: Record<string, string[]>;
	subResults: { url: string; title: string }[];
}

/**
 * Runs a query through the site's own Pagefind bundle, in the page, with the site's ranking, as
 * the search UI does. The code goes as a string: Vitest would otherwise rewrite its `import()`.
 */
export async function search(page: Page, query: string, filters: Record<string, string> = {}, base = '/'): Promise<Hit[]> {
	return page.evaluate(`(async () => {
		const pagefind = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
		await pagefind.options({ ranking: ${JSON.stringify(SEARCH_RANKING)} });
		const response = await pagefind.search(${JSON.stringify(query)}, { filters: ${JSON.stringify(filters)} });
		const results = await Promise.all(response.results.slice(0, 20).map((r) => r.data()));
		return results.map((r) => ({
			url: r.url,
			title: r.meta.title,
			filters: r.filters,
			subResults: r.sub_results.map((s) => ({ url: s.url, title: s.title })),
		}));
	})()`);
}

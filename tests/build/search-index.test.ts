import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPagePaths, readPage } from '../support/built-pages.ts';
import { SITES } from '../support/sites.ts';

describe.each(Object.values(SITES))('the $name search index', (site) => {
	// Pages that are not content: the 404 and the search page itself.
	const notIndexed = ['/404.html', '/search/'];

	test('holds every built content page, and only those', () => {
		const entry = JSON.parse(readFileSync(join(site.dist, 'pagefind/pagefind-entry.json'), 'utf8'));
		const indexed = builtPagePaths(site.dist).filter((path) => !notIndexed.includes(path));

		expect(entry.languages.en.page_count).toBe(indexed.length);
		for (const path of indexed) {
			expect(readPage(site.dist, path).querySelector('[data-pagefind-body]'), path).not.toBeNull();
		}
		for (const path of notIndexed) {
			expect(readPage(site.dist, path).querySelector('[data-pagefind-body]'), path).toBeNull();
		}
	});

	test('keeps the matrix table and the home page role list out of the index', () => {
		const matrix = readPage(site.dist, '/matrix/').querySelector('table.matrix');
		const home = readPage(site.dist, '/').querySelector('.ladder-overview');

		expect(matrix?.closest('[data-pagefind-ignore]')).not.toBeNull();
		expect(home?.closest('[data-pagefind-ignore]')).not.toBeNull();
	});

	test('labels every role page with its kind, track and grade for filtering', () => {
		for (const path of builtPagePaths(site.dist).filter((p) => p.startsWith('/roles/'))) {
			const filters = [...readPage(site.dist, path).querySelectorAll('[data-pagefind-filter]')].map(
				(el) => el.getAttribute('data-pagefind-filter'),
			);

			expect(filters.sort(), path).toEqual(['grade', 'track', 'type']);
		}
	});
});

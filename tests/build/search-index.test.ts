import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPagePaths, readPage, spacedText } from '../support/built-pages.ts';
import { rawContent, siteLanguages } from '../support/raw-content.ts';
import { searchFragments } from '../support/search-fragments.ts';
import { ALL_SITES } from '../support/sites.ts';

describe.each(ALL_SITES)('the $name search index', (site) => {
	const content = rawContent(site.contentDir);
	// Pages that are not content: the 404 and the search page itself; and the hiring pages, which
	// repeat a role's words for interviewers (a search for a competency would find each role three times).
	const hiringPages = builtPagePaths(site.dist).filter((path) => /^\/roles\/[^/]+\/(?:hiring|scorecard)\/$/.test(path));
	const notIndexed = ['/404.html', '/search/', ...hiringPages];

	test('holds every built content page, and only those', () => {
		const entry = JSON.parse(readFileSync(join(site.dist, 'pagefind/pagefind-entry.json'), 'utf8'));
		// A translation's pages are in its own index, under /<tag>/ (`translated-site.test.ts`).
		const { translations } = siteLanguages(site.contentDir);
		const indexed = builtPagePaths(site.dist).filter((path) => !notIndexed.includes(path) && !translations.some((tag) => path.startsWith(`/${tag}/`)));

		// One index, in the ladder's language (`head.test.ts` checks which).
		const [language] = Object.values(entry.languages) as { page_count: number }[];
		expect(Object.keys(entry.languages)).toHaveLength(1);
		expect(language?.page_count).toBe(indexed.length);
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

	// Pagefind ends a sentence only after a few elements (p, td, li, div, headings): the words of
	// a <dt> and its <dd>, of adjacent <th>s or of a badge's spans ran together into one word
	// ("Grade4", "Proficientlevel") that no query finds.
	test('keeps the words of adjacent elements apart: every word it holds is a word the page shows', () => {
		const glued: string[] = [];
		for (const { url, content } of searchFragments(site.dist)) {
			const body = readPage(site.dist, url).querySelector('[data-pagefind-body]');
			// What Pagefind reads: the page's body without what it is told to ignore.
			const shown = new Set(words(body ? spacedText(body, (element) => element.hasAttribute('data-pagefind-ignore')) : ''));
			glued.push(...new Set(words(content).filter((word) => !shown.has(word)).map((word) => `${url} ${word}`)));
		}

		expect(glued).toEqual([]);
	});

	// Pagefind's own chunks hold 20,000 word positions: the shipped ladder's index was two 25 KB
	// chunks, and a query for a word on one page loaded 25 KB (src/integrations/search-index-chunks.ts).
	test('is split into chunks small enough for one query to load: none over 10 KB', () => {
		const dir = join(site.dist, 'pagefind', 'index');
		const chunks = readdirSync(dir).map((file) => ({ file, bytes: statSync(join(dir, file)).size }));

		expect(chunks.filter((chunk) => chunk.bytes > 10 * 1024)).toEqual([]);
	});

	test('labels every role page with its kind, track and grade for filtering', () => {
		for (const path of builtPagePaths(site.dist).filter((p) => p.startsWith('/roles/') && !hiringPages.includes(p))) {
			const filters = [...readPage(site.dist, path).querySelectorAll('[data-pagefind-filter]')].map(
				(el) => el.getAttribute('data-pagefind-filter'),
			);

			// And its group of tracks, where its track has one.
			const role = content.roles.find((one) => path === `/roles/${one.id}/`);
			const grouped = content.ladder.tracks.find((track) => track.id === role?.track)?.group !== undefined;
			expect([...new Set(filters)].sort(), path).toEqual(grouped ? ['grade', 'group', 'track', 'type'] : ['grade', 'track', 'type']);
			// A role several tracks share is found under each.
			expect(filters.filter((name) => name === 'track'), path).toHaveLength(role?.tracks.length ?? 1);
		}
	});
});

function words(text: string): string[] {
	return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

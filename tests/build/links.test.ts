import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPagePaths, readPage } from '../support/built-pages.ts';
import { ALL_SITES } from '../support/sites.ts';

/** Every built HTML file, as a site path and its parsed document. */
function pagesOf(dist: string) {
	return builtPagePaths(dist).map((path) => ({ path, document: readPage(dist, path) }));
}

/** The built file a site path is served from, if there is one. */
function fileFor(dist: string, path: string): string | undefined {
	const clean = decodeURIComponent(path);
	return [join(dist, clean), join(dist, clean, 'index.html')].find((file) => existsSync(file) && !file.endsWith('/'));
}

describe.each(ALL_SITES)('links in the built $name site', (site) => {
	const pages = pagesOf(site.dist);
	const idsByPath = new Map(pages.map(({ path, document }) => [path, new Set([...document.querySelectorAll('[id]')].map((el) => el.id))]));

	test('every internal link and anchor leads somewhere', () => {
		const broken: string[] = [];
		let checked = 0;
		let anchors = 0;
		for (const { path, document } of pages) {
			for (const element of document.querySelectorAll('a[href], link[href]')) {
				const href = element.getAttribute('href') ?? '';
				if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
				const url = new URL(href, `http://site${path}`);
				const target = url.pathname;
				if (!fileFor(site.dist, target)) {
					broken.push(`${path}: ${href} (no page)`);
					continue;
				}
				checked++;
				const anchor = decodeURIComponent(url.hash.slice(1));
				if (anchor) anchors++;
				const targetIds = idsByPath.get(target);
				if (anchor && targetIds && !targetIds.has(anchor)) broken.push(`${path}: ${href} (no #${anchor})`);
			}
		}

		expect(broken).toEqual([]);
		// Every page links to others, and role rows are linked from the matrix: the crawl saw them.
		expect(checked).toBeGreaterThan(pages.length * 5);
		expect(anchors).toBeGreaterThan(pages.length);
	});

	test('no page links out with javascript: or data: URLs', () => {
		const unsafe = pages.flatMap(({ path, document }) =>
			[...document.querySelectorAll('a[href]')]
				.map((a) => a.getAttribute('href') ?? '')
				.filter((href) => /^\s*(javascript|data|vbscript):/i.test(href))
				.map((href) => `${path}: ${href}`),
		);

		expect(unsafe).toEqual([]);
	});
});

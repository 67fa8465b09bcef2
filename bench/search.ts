/**
 * The search section of `npm run bench`: for a built site, the index size on disk, the bytes the
 * browser fetches for a first query, and query latency, measured in Chromium.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { SEARCH_RANKING } from '../src/search/ranking.ts';
import { serveSite } from '../tests/support/serve.ts';

export interface SearchFigures {
	indexBytes: number;
	pages: number;
	/** What a first query fetches, as the files are on disk. */
	firstQueryBytes: number;
	/** The same, as a host that gzips responses serves it (Pagefind's own files are compressed already). */
	firstQueryServedBytes: number;
	/** The part that grows with the ladder: index chunks, fragments, filters, metadata. */
	firstQueryIndexBytes: number;
	firstQueryRequests: number;
	medianMs: number;
	p95Ms: number;
	/** What each later query fetches, as served: the median and the largest. */
	nextQueryMedianBytes: number;
	nextQueryMaxBytes: number;
}

const QUERIES = ['design', 'mentoring', 'risk', 'delivery', 'platform', 'hiring', 'architecture', 'quality', 'cloud', 'growth'];

export async function measureSearch(browser: Browser, dist: string, firstQuery: string): Promise<SearchFigures> {
	const site = await serveSite(dist);
	try {
		const page = await browser.newPage();
		await page.goto(`${site.url}/`);
		const fetched: { path: string; body: Buffer }[] = [];
		page.on('response', async (response) => {
			const path = new URL(response.url()).pathname;
			if (path.startsWith('/pagefind/')) fetched.push({ path, body: await response.body() });
		});
		await page.evaluate(query(firstQuery, 5));
		await page.waitForTimeout(200);
		const sum = (sizes: number[]) => sizes.reduce((total, bytes) => total + bytes, 0);
		const firstQueryBytes = sum(fetched.map((f) => f.body.length));
		const firstQueryServedBytes = sum(fetched.map((f) => Math.min(f.body.length, gzipSync(f.body).length)));
		const firstQueryIndexBytes = sum(fetched.filter((f) => /\.pf_(index|fragment|filter|meta)$/.test(f.path)).map((f) => f.body.length));
		const firstQueryRequests = fetched.length;
		const pages = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')).languages.en.page_count;

		const times: number[] = [];
		// What each later query fetches (gzipped as served): only the index chunks and fragments it needs.
		const nextQueryBytes: number[] = [];
		for (const [index, term] of [...QUERIES, ...QUERIES].entries()) {
			const before = fetched.length;
			times.push(await page.evaluate(`(async () => { const t = performance.now(); await (${query(term, 5)}); return performance.now() - t; })()`));
			await page.waitForTimeout(50);
			if (index < QUERIES.length) nextQueryBytes.push(sum(fetched.slice(before).map((f) => Math.min(f.body.length, gzipSync(f.body).length))));
		}
		nextQueryBytes.sort((a, b) => a - b);
		times.sort((a, b) => a - b);
		await page.close();
		return {
			indexBytes: folderBytes(join(dist, 'pagefind')),
			pages,
			firstQueryBytes,
			firstQueryServedBytes,
			firstQueryIndexBytes,
			firstQueryRequests,
			nextQueryMedianBytes: nextQueryBytes[Math.floor(nextQueryBytes.length / 2)]!,
			nextQueryMaxBytes: nextQueryBytes.at(-1)!,
			medianMs: times[Math.floor(times.length / 2)]!,
			p95Ms: times[Math.floor(times.length * 0.95)]!,
		};
	} finally {
		await site.close();
	}
}

/** In-page code: a query and the data of its top results, as the search dialog loads them. */
function query(term: string, top: number): string {
	return `(async () => {
		const pagefind = await import('/pagefind/pagefind.js');
		await pagefind.options({ ranking: ${JSON.stringify(SEARCH_RANKING)} });
		const search = await pagefind.search(${JSON.stringify(term)});
		await Promise.all(search.results.slice(0, ${top}).map((r) => r.data()));
	})()`;
}

function folderBytes(dir: string): number {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((name) => statSync(join(dir, name)))
		.filter((stat) => stat.isFile())
		.reduce((sum, stat) => sum + stat.size, 0);
}

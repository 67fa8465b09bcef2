import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from '../support/browser-page.ts';
import { launchChromium } from '../support/chromium.ts';
import { serveSite } from '../support/serve.ts';
import { siteLanguages } from '../support/raw-content.ts';
import { ALL_SITES } from '../support/sites.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

/** The paths the built sitemaps list: the site's, and each translation's under /<tag>/. */
function sitemapPaths(site: { dist: string; contentDir: string }): string[] {
	const folders = ['', ...siteLanguages(site.contentDir).translations];
	return folders.flatMap((folder) => {
		const xml = readFileSync(join(site.dist, folder, 'sitemap-0.xml'), 'utf8');
		return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
	});
}

// A test per page, each with its own time: one test for a whole sitemap ran for minutes, and its
// one timeout was the whole site's, met or missed by the machine's load rather than by the site.
// One tab per site, which goes from page to page as a reader does: a new tab per page starts a new
// renderer process each time, and that was 60 % of this file's time (61 pages: 60 s in new tabs,
// 25 s in one). Nothing here writes stored state, so no page can change what the next one shows.
describe.each(ALL_SITES)('axe on every page of the $name sitemap', (site) => {
	let server: Awaited<ReturnType<typeof serveSite>> | undefined;
	let page: Page;
	beforeAll(async () => {
		server = await serveSite(site.dist);
		page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	});
	afterAll(async () => {
		await page?.close();
		await server?.close();
	});
	const paths = sitemapPaths(site);

	test('lists the site’s pages', () => {
		expect(paths.length).toBeGreaterThan(5);
	});

	test.each(paths)('%s has no violation', { timeout: 60_000 }, async (path) => {
		const response = await page.goto(`${server!.url}${path}`, { waitUntil: 'load' });
		expect(response?.status()).toBe(200);
		expect(await axeViolations(page)).toEqual([]);
	});
});

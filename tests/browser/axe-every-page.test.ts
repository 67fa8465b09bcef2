import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, openPage } from '../support/browser-page.ts';
import { launchChromium } from '../support/chromium.ts';
import { serveSite } from '../support/serve.ts';
import { SITES } from '../support/sites.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

/** The paths the built sitemap lists. */
function sitemapPaths(dist: string): string[] {
	const xml = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

describe.each(Object.values(SITES))('axe on every page of the $name sitemap', (site) => {
	test('finds no violation on any page', { timeout: 240_000 }, async () => {
		const server = await serveSite(site.dist);
		const paths = sitemapPaths(site.dist);
		const violations: string[] = [];
		try {
			for (const path of paths) {
				const { page } = await openPage(browser, `${server.url}${path}`);
				violations.push(...(await axeViolations(page)).map((violation) => `${path}: ${violation}`));
				await page.close();
			}
		} finally {
			await server.close();
		}

		expect(paths.length).toBeGreaterThan(5);
		expect(violations).toEqual([]);
	});
});

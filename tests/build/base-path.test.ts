/**
 * Published under a sub-path (`https://acme.github.io/ladder/`) by setting `BASE_PATH` and
 * `SITE_URL` at build time, with no file edited: every link and asset of every page, the links
 * written in content, the feed, the sitemap and the downloads stay under `/ladder/`.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { basePath } from '../../src/integrations/base-path.ts';
import { astroBuild } from '../support/astro-build.ts';
import { builtPagePaths, readPage } from '../support/built-pages.ts';
import { SITES } from '../support/sites.ts';

const ORIGIN = 'https://acme.github.io';

/** Each ladder built once under /ladder/, for every test that reads it. */
const builds = new Map<string, Promise<string>>();
function distOf(contentDir: string): Promise<string> {
	if (!builds.has(contentDir)) builds.set(contentDir, buildUnderLadder(contentDir));
	return builds.get(contentDir)!;
}

async function buildUnderLadder(contentDir: string) {
	const work = mkdtempSync(join(tmpdir(), 'base-path-'));
	const dist = join(work, 'dist');
	const result = await astroBuild({ contentDir, dist, cacheDir: join(work, 'cache'), env: { SITE_URL: ORIGIN, BASE_PATH: 'ladder' } });
	if (result.status !== 0) throw new Error(result.output);
	return dist;
}

/** Every address a page asks for or links to on this site, with the page it is on. */
function addressesOf(dist: string) {
	return builtPagePaths(dist).flatMap((path) => {
		const page = readPage(dist, path);
		const attributes = [
			...[...page.querySelectorAll('a[href], link[href]')].map((element) => element.getAttribute('href') ?? ''),
			...[...page.querySelectorAll('script[src], img[src]')].map((element) => element.getAttribute('src') ?? ''),
			...[...page.querySelectorAll('[data-data]')].map((element) => element.getAttribute('data-data') ?? ''),
			...[...page.querySelectorAll('[data-texts]')].map((element) => element.getAttribute('data-texts') ?? ''),
		];
		return attributes.filter((address) => !/^[a-z][a-z0-9+.-]*:/i.test(address) || address.startsWith(`${ORIGIN}/`)).map((address) => ({ page: path, address }));
	});
}

describe.each([SITES.framework, SITES.design])('the $name ladder built with BASE_PATH=ladder', (site) => {
	let dist = '';
	beforeAll(async () => {
		dist = await distOf(site.contentDir);
	}, 180_000);

	test('every link and asset of every page is under /ladder/ and resolves to a built file', () => {
		const wrong: string[] = [];
		const addresses = addressesOf(dist);
		for (const { page, address } of addresses) {
			const url = new URL(address, `${ORIGIN}/ladder${page}`);
			if (url.origin !== ORIGIN) continue;
			if (!url.pathname.startsWith('/ladder/')) {
				wrong.push(`${page}: ${address} (not under /ladder/)`);
				continue;
			}
			const file = join(dist, decodeURIComponent(url.pathname.slice('/ladder'.length)));
			// `/404/` (the not-found page's own canonical address) is served from 404.html.
			const candidates = url.pathname.endsWith('/') ? [join(file, 'index.html'), `${file.replace(/\/$/, '')}.html`] : [file];
			if (!candidates.some((candidate) => existsSync(candidate))) wrong.push(`${page}: ${address} (no such file)`);
		}
		expect(wrong).toEqual([]);
		expect(addresses.length).toBeGreaterThan(builtPagePaths(dist).length * 10);
	});

	test('the sitemap and canonical links name the site under /ladder/', () => {
		const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
		const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
		expect(locations.length).toBeGreaterThan(5);
		expect(locations.every((location) => location.startsWith(`${ORIGIN}/ladder/`))).toBe(true);
		expect(readPage(dist, '/').querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${ORIGIN}/ladder/`);
	});
});

describe('a ladder built under /ladder/', () => {
	test('links written in content, by site path or by a file’s path, go under /ladder/', async () => {
		const dist = await distOf(SITES.framework.contentDir);
		const body = [...readPage(dist, '/roles/backend-level-3/').querySelectorAll('main a')].map((a) => a.getAttribute('href'));
		expect(body).toEqual(expect.arrayContaining(['/ladder/roles/backend-level-4/#apis', '/ladder/competencies/apis/#level-level-4']));
		expect(readPage(dist, '/competencies/apis/').querySelector('.role-summary a')?.getAttribute('href')).toBe('/ladder/roles/manager-level-4/#hiring');
	});

	test('its feed names the channel, each item and its guid under https://acme.github.io/ladder/', async () => {
		const dist = await distOf(SITES.design.contentDir);
		const feed = readFileSync(join(dist, 'changes.xml'), 'utf8');
		const links = [...feed.matchAll(/<(link|guid)[^>]*>([^<]+)<\/\1>/g)].map((match) => match[2]!);
		expect(links.length).toBeGreaterThanOrEqual(3);
		for (const link of links) expect(link.startsWith(`${ORIGIN}/ladder`)).toBe(true);
	});
});

describe('BASE_PATH', () => {
	test('is normalised to a path with a leading and a trailing slash, and empty or / is the root', () => {
		expect(basePath('ladder')).toBe('/ladder/');
		expect(basePath('/ladder')).toBe('/ladder/');
		expect(basePath('/team/ladder/')).toBe('/team/ladder/');
		expect(basePath('')).toBeUndefined();
		expect(basePath('/')).toBeUndefined();
		expect(basePath(undefined)).toBeUndefined();
	});

	test('that is not a path is refused, saying what to write', () => {
		for (const value of ['https://acme.github.io/ladder/', '../ladder', 'my ladder', '/a//b/']) {
			expect(() => basePath(value), value).toThrow(/is not a path: write the sub-path the site is served under, such as \/ladder\//);
		}
	});
});

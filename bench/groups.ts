/**
 * A big, branching framework's home page: a generated ladder of 50 tracks in 8 groups (about a
 * government digital profession's size), built, and its home page measured as a reader gets it:
 * HTML gzipped, DOM elements, and its height at a desktop's and a phone's width.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { generateLadder } from './generate-ladder.ts';
import { astroBuild } from '../tests/support/astro-build.ts';
import { launchChromium } from '../tests/support/chromium.ts';
import { serveSite } from '../tests/support/serve.ts';

export interface GroupsFigures {
	tracks: number;
	groups: number;
	roles: number;
	htmlGzipBytes: number;
	domElements: number;
	/** Page height at 1280 and 390 px. */
	heights: [number, number];
	dist: string;
}

export async function measureGroups(work: string): Promise<GroupsFigures> {
	const size = { roles: 205, competencies: 60, tracks: 50, levels: 4, groups: 8, criteria: true };
	const content = join(work, 'groups');
	generateLadder(content, size);
	const dist = join(work, 'groups-dist');
	const { status, output } = await astroBuild({ contentDir: content, dist, cacheDir: join(work, 'groups-cache') });
	if (status !== 0) throw new Error(`build of the grouped ladder failed:\n${output}`);
	const html = readFileSync(join(dist, 'index.html'));
	const { document } = parseHTML(html.toString('utf8'));
	const site = await serveSite(dist);
	const browser = await launchChromium();
	const heights: number[] = [];
	try {
		for (const width of [1280, 390]) {
			const page = await browser.newPage({ viewport: { width, height: 900 } });
			await page.goto(`${site.url}/`);
			heights.push(await page.evaluate(() => document.documentElement.scrollHeight));
			await page.close();
		}
	} finally {
		await browser.close();
		await site.close();
	}
	return {
		tracks: size.tracks,
		groups: size.groups,
		roles: size.roles,
		htmlGzipBytes: gzipSync(html).length,
		domElements: document.querySelectorAll('*').length,
		heights: heights as [number, number],
		dist,
	};
}

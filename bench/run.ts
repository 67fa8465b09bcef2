/**
 * `npm run bench`: builds the shipped ladder and a generated one (200 roles × 60 competencies,
 * 5 tracks, 6 levels by default) and prints figures with ratios against the shipped ladder,
 * measured in the same run. Figures only: nothing here passes or fails.
 *
 *   npm run bench -- --roles 200 --competencies 60
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/support/chromium.ts';
import { astroBuild } from '../tests/support/astro-build.ts';
import { generateLadder } from './generate-ladder.ts';
import { measureSearch, type SearchFigures } from './search.ts';

const { values } = parseArgs({
	options: { roles: { type: 'string', default: '200' }, competencies: { type: 'string', default: '60' } },
});
const size = { roles: Number(values.roles), competencies: Number(values.competencies), tracks: 5, levels: 6 };
const work = mkdtempSync(join(tmpdir(), 'ladder-bench-'));

try {
	const generated = join(work, 'generated');
	generateLadder(generated, size);
	const sites = [
		{ name: 'shipped ladder', contentDir: 'content', query: 'Kubernetes' },
		{ name: `generated ${size.roles} roles × ${size.competencies}`, contentDir: generated, query: 'design' },
	];
	const browser = await launchChromium();
	const rows: { name: string; buildMs: number; search: SearchFigures }[] = [];
	for (const site of sites) {
		const dist = join(work, `${rows.length}-dist`);
		const started = performance.now();
		const { status, output } = astroBuild({ contentDir: site.contentDir, dist, cacheDir: join(work, `${rows.length}-cache`) });
		if (status !== 0) throw new Error(`build of ${site.contentDir} failed:\n${output}`);
		const buildMs = performance.now() - started;
		rows.push({ name: site.name, buildMs, search: await measureSearch(browser, dist, site.query) });
	}
	await browser.close();
	printSearch(rows);
} finally {
	rmSync(work, { recursive: true, force: true });
}

function printSearch(rows: { name: string; buildMs: number; search: SearchFigures }[]) {
	const [baseline] = rows;
	const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
	const ratio = (value: number, base: number) => `×${(value / base).toFixed(2)}`;
	console.log('\n## Search (Pagefind), measured in Chromium\n');
	console.log('| ladder | pages indexed | index on disk | first query: raw | as served (gzip) | of which index data | requests | query median | query p95 | build |');
	console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
	for (const { name, buildMs, search: s } of rows) {
		const b = baseline!.search;
		console.log(
			`| ${name} | ${s.pages} | ${kb(s.indexBytes)} (${ratio(s.indexBytes, b.indexBytes)}) | ${kb(s.firstQueryBytes)} | ${kb(s.firstQueryServedBytes)} (${ratio(s.firstQueryServedBytes, b.firstQueryServedBytes)}) | ${kb(s.firstQueryIndexBytes)} (${ratio(s.firstQueryIndexBytes, b.firstQueryIndexBytes)}) | ${s.firstQueryRequests} | ${s.medianMs.toFixed(1)} ms | ${s.p95Ms.toFixed(1)} ms | ${(buildMs / 1000).toFixed(1)} s |`,
		);
	}
	console.log(
		'\nRatios are against the shipped ladder, measured in the same run. "As served" gzips what a static host would' +
			' (Pagefind\'s WASM and index files are compressed already). Target: a first query fetches under 150 KB on the 200-role ladder.',
	);
}

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
import { generateLadder, realVocabulary } from './generate-ladder.ts';
import { measureBuilds, type BuildFigures } from './build.ts';
import { pageWeights } from './page-weight.ts';
import { measureSearch, type SearchFigures } from './search.ts';
import { measureValidate } from './validate.ts';
import { measureReview } from './review.ts';
import { measureGroups } from './groups.ts';
import { measureNearMisses, measureRewordedDiff, type CostFigures } from './hostile-costs.ts';
import { auditPages, printAudits } from './lighthouse.ts';
import { measureTranslatedBuild } from './translations.ts';

const { values } = parseArgs({
	options: {
		roles: { type: 'string', default: '200' },
		competencies: { type: 'string', default: '60' },
		sizes: { type: 'string', default: '50,100,200,400' },
		/** The sizes also built with criteria lists, beside the single-descriptor ladder of the same size. */
		'criteria-sizes': { type: 'string', default: '200' },
		only: { type: 'string' },
		'validate-sizes': { type: 'string', default: '250,500,1000,2000' },
		'review-sizes': { type: 'string', default: '50,100,200,400' },
	},
});
const size = { roles: Number(values.roles), competencies: Number(values.competencies), tracks: 5, levels: 6 };
const work = mkdtempSync(join(tmpdir(), 'ladder-bench-'));

try {
	if (!values.only || values.only === 'validate') printValidate(values['validate-sizes'].split(',').map(Number), size.competencies);
	if (!values.only || values.only === 'review') printReview(values['review-sizes'].split(',').map(Number), size.competencies);
	if (!values.only || values.only === 'hostile') printHostileCosts();
	if (!values.only || values.only === 'build') {
		printBuilds(values.sizes.split(',').map(Number), size.competencies);
		printCriteriaBuilds(values['criteria-sizes'].split(',').map(Number), size.competencies);
	}
	if (!values.only || values.only === 'search') await benchSearch();
	if (!values.only || values.only === 'audit') await benchAudit();
	if (!values.only || values.only === 'groups') await benchGroups();
	if (!values.only || values.only === 'translations') printTranslatedBuild();
} finally {
	rmSync(work, { recursive: true, force: true });
}

/** The generated ladder built in its own language, then with a French translation of half its fields. */
function printTranslatedBuild() {
	const { original, translated, fields, translatedFields } = measureTranslatedBuild(work, size.roles, size.competencies);
	const perPage = (figures: BuildFigures) => figures.seconds / figures.pages;
	console.log(`\n## A translation: ${size.roles} roles × ${size.competencies} competencies, criteria lists, ${translatedFields} of ${fields} fields translated into one language\n`);
	console.log('| build | pages | time | time per page | all files |');
	console.log('| --- | --- | --- | --- | --- |');
	for (const [name, figures] of [['its own language only', original], ['with the translation', translated]] as const) {
		console.log(`| ${name} | ${figures.pages} | ${figures.seconds.toFixed(1)} s | ${(perPage(figures) * 1000).toFixed(1)} ms | ${(figures.distBytes / 1024 / 1024).toFixed(1)} MB |`);
	}
	console.log(`\nPages ×${(translated.pages / original.pages).toFixed(2)}, time ×${(translated.seconds / original.seconds).toFixed(2)}, time per page ×${(perPage(translated) / perPage(original)).toFixed(2)}. Target: time per page at most ×1.0 (the build grows in proportion to the pages it adds).`);
}

/** A framework of 50 tracks in 8 groups: its home page's weight, elements and height, and Lighthouse's scores for it. */
async function benchGroups() {
	const figures = await measureGroups(work);
	console.log(`\n## A framework of ${figures.tracks} tracks in ${figures.groups} groups, ${figures.roles} roles: its home page\n`);
	console.log('| HTML (gzip) | DOM elements | height at 1280 px | height at 390 px |');
	console.log('| --- | --- | --- | --- |');
	console.log(`| ${(figures.htmlGzipBytes / 1024).toFixed(1)} KB | ${figures.domElements} | ${figures.heights[0]} px | ${figures.heights[1]} px |`);
	console.log('\nTargets: under 100 KB gzipped and 2,000 elements; at most 6,000 px tall at 1280 px and 12,000 at 390.');
	printAudits(await auditPages(figures.dist, [['home, 50 tracks in 8 groups', '/']]));
}

/** Every page type of the generated ladder with criteria lists, audited by Lighthouse. */
async function benchAudit() {
	const content = join(work, 'audited');
	generateLadder(content, { ...size, criteria: true, vocabulary: realVocabulary() });
	const dist = join(work, 'audited-dist');
	const { status, output } = await astroBuild({ contentDir: content, dist, cacheDir: join(work, 'audited-cache') });
	if (status !== 0) throw new Error(`build of the audited ladder failed:\n${output}`);
	const next = `role-${1 + size.tracks}`;
	console.log(`\n## Lighthouse, mobile preset, on every page type: generated ${size.roles} roles × ${size.competencies} competencies, criteria lists, a real ladder's words\n`);
	printAudits(
		await auditPages(dist, [
			['home', '/'],
			['role', `/roles/role-${Math.ceil(size.roles / 2)}/`],
			['track', '/tracks/track-1/'],
			['matrix', '/matrix/'],
			['track matrix', '/matrix/track-1/'],
			['competency', '/competencies/competency-1/'],
			['comparison', `/compare/role-1/${next}/`],
			['picker', `/compare/?roles=role-1,${next}`],
			['search', '/search/'],
			['changes', '/changes/'],
			['hiring', `/roles/role-${Math.ceil(size.roles / 2)}/hiring/`],
			['scorecard', `/roles/role-${Math.ceil(size.roles / 2)}/scorecard/`],
		]),
	);
	console.log('\nTarget: 100 in every category on every page type, and no page over 100 KB of HTML gzipped.');
}

async function benchSearch() {
	const single = join(work, 'generated-single');
	generateLadder(single, size);
	const generated = join(work, 'generated');
	// With criteria lists: the index grows with every criterion's words.
	generateLadder(generated, { ...size, criteria: true });
	const sites = [
		{ name: 'shipped ladder', contentDir: 'content', query: 'Kubernetes' },
		{ name: `generated ${size.roles} roles × ${size.competencies}, single descriptors`, contentDir: single, query: 'design' },
		{ name: `generated ${size.roles} roles × ${size.competencies}, criteria lists`, contentDir: generated, query: 'design' },
	];
	const browser = await launchChromium();
	const rows: { name: string; buildMs: number; search: SearchFigures }[] = [];
	for (const site of sites) {
		const dist = join(work, `${rows.length}-dist`);
		const started = performance.now();
		const { status, output } = await astroBuild({ contentDir: site.contentDir, dist, cacheDir: join(work, `${rows.length}-cache`) });
		if (status !== 0) throw new Error(`build of ${site.contentDir} failed:\n${output}`);
		const buildMs = performance.now() - started;
		rows.push({ name: site.name, buildMs, search: await measureSearch(browser, dist, site.query) });
	}
	await browser.close();
	printSearch(rows);
	printPageWeights(join(work, '2-dist'));
}

function printValidate(sizes: number[], competencies: number) {
	console.log(`\n## Validate: read, validate and lint (× ${competencies} competencies), fastest of 3\n`);
	console.log('| roles | time | ratio to the first | roles ratio | warnings |');
	console.log('| --- | --- | --- | --- | --- |');
	const rows = measureValidate(work, sizes, competencies);
	const [first] = rows;
	for (const row of rows) {
		console.log(
			`| ${row.roles} | ${row.milliseconds.toFixed(0)} ms | ×${(row.milliseconds / first!.milliseconds).toFixed(2)} | ×${(row.roles / first!.roles).toFixed(0)} | ${row.warnings} |`,
		);
	}
	console.log('\nTarget: 2,000 roles in at most 8× the time of 250.');
}

function printReview(sizes: number[], competencies: number) {
	console.log(`\n## Review beside validate, the same ladder with criteria lists (${competencies} competencies at 200 roles, in proportion at the other sizes), fastest of 3\n`);
	console.log('| roles | criteria | validate | review | review / validate | review ratio to the first | criteria ratio | findings |');
	console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
	const rows = measureReview(work, sizes, competencies);
	const [first] = rows;
	for (const row of rows) {
		console.log(
			`| ${row.roles} | ${row.criteria} | ${row.validate.toFixed(0)} ms | ${row.review.toFixed(0)} ms | ×${(row.review / row.validate).toFixed(2)} | ×${(row.review / first!.review).toFixed(2)} | ×${(row.criteria / first!.criteria).toFixed(2)} | ${row.findings} |`,
		);
	}
	console.log('\nTarget: the review at most 2× validate, growing with the criteria, not their pairs.');
}

/** The two costs a hostile pull request could make grow with the square, bounded, beside their unbounded baselines. */
function printHostileCosts() {
	const table = (title: string, unit: string, rows: CostFigures[]) => {
		console.log(`\n## ${title}\n`);
		console.log(`| ${unit} | bounded | ratio to the first | unbounded (baseline) | ratio to the first | ${unit} ratio |`);
		console.log('| --- | --- | --- | --- | --- | --- |');
		const [first] = rows;
		for (const row of rows) {
			const baseline = row.baseline === undefined ? '(not run)' : `${row.baseline.toFixed(0)} ms`;
			const baselineRatio = row.baseline === undefined ? '' : `×${(row.baseline / first!.baseline!).toFixed(1)}`;
			console.log(`| ${row.size} | ${row.bounded.toFixed(0)} ms | ×${(row.bounded / first!.bounded).toFixed(1)} | ${baseline} | ${baselineRatio} | ×${(row.size / first!.size).toFixed(0)} |`);
		}
	};
	table('Check: "did you mean" for as many misspelt ids as there are ids', 'ids', measureNearMisses([250, 500, 1_000, 2_000, 4_000]));
	table('Word diff: a text reworded throughout, as in a release snapshot', 'words', measureRewordedDiff([250, 500, 1_000, 2_000, 8_000]));
}

function printBuilds(sizes: number[], competencies: number) {
	console.log(`\n## Build: ours against plain Starlight with the same number of MDX pages (× ${competencies} competencies)\n`);
	console.log('| roles | ours: time | plain: time | ratio | ours: peak memory | plain | ours: dist | plain | ours: pages/s (pages) | plain: pages/s | ratio per page |');
	console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
	const rows: { roles: number; ours: BuildFigures; plain: BuildFigures }[] = [];
	for (const roles of sizes) {
		const { ours, plain } = measureBuilds(work, roles, competencies);
		rows.push({ roles, ours, plain });
		const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
		console.log(
			`| ${roles} | ${ours.seconds.toFixed(1)} s | ${plain.seconds.toFixed(1)} s | ×${(ours.seconds / plain.seconds).toFixed(2)} | ` +
				`${ours.peakMemoryMb.toFixed(0)} MB | ${plain.peakMemoryMb.toFixed(0)} MB | ${mb(ours.distBytes)} | ${mb(plain.distBytes)} | ` +
				`${(ours.pages / ours.seconds).toFixed(1)} (${ours.pages}) | ${(plain.pages / plain.seconds).toFixed(1)} | ` +
				// Our site builds several pages per role, the plain one a page per role: time per page compares like with like.
				`×${(ours.seconds / ours.pages / (plain.seconds / plain.pages)).toFixed(2)} |`,
		);
	}
	console.log(`\n## Bytes per page: ours against plain Starlight, the same ladders (a real ladder's vocabulary)\n`);
	console.log('| roles | ours: all files per page | plain | ratio | ours: HTML per page | plain | ratio |');
	console.log('| --- | --- | --- | --- | --- | --- | --- |');
	for (const { roles, ours, plain } of rows) {
		const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
		console.log(
			`| ${roles} | ${kb(ours.distBytes / ours.pages)} | ${kb(plain.distBytes / plain.pages)} | ×${(ours.distBytes / ours.pages / (plain.distBytes / plain.pages)).toFixed(2)} | ` +
				`${kb(ours.htmlBytes / ours.pages)} | ${kb(plain.htmlBytes / plain.pages)} | ×${(ours.htmlBytes / ours.pages / (plain.htmlBytes / plain.pages)).toFixed(2)} |`,
		);
	}
	console.log('\nAll files: the pages, the search index, the exports and the assets, over the HTML pages. Target: at most ×1.2.');
	const [first, last] = [rows[0]!, rows.at(-1)!];
	console.log(
		`\nGrowth from ${first.roles} to ${last.roles} roles (×${(last.roles / first.roles).toFixed(0)}): time ×${(last.ours.seconds / first.ours.seconds).toFixed(2)}, ` +
			`dist ×${(last.ours.distBytes / first.ours.distBytes).toFixed(2)}. Targets: ratio at most 1.3 and peak memory under 1.5 GB at 200 × 60.`,
	);
}

/** The same ladder with each level a list of criteria (and some topics starting later), beside the single-descriptor one. */
function printCriteriaBuilds(sizes: number[], competencies: number) {
	console.log(`\n## Build: criteria lists against single descriptors (× ${competencies} competencies)\n`);
	console.log('| roles | descriptors: time | criteria: time | ratio | descriptors: dist | criteria: dist | criteria: pages/s | plain: pages/s | criteria: ratio per page |');
	console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
	const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
	for (const roles of sizes) {
		const single = measureBuilds(work, roles, competencies).ours;
		const { ours: lists, plain } = measureBuilds(work, roles, competencies, true);
		console.log(
			`| ${roles} | ${single.seconds.toFixed(1)} s | ${lists.seconds.toFixed(1)} s | ×${(lists.seconds / single.seconds).toFixed(2)} | ${mb(single.distBytes)} | ${mb(lists.distBytes)} | ` +
				`${(lists.pages / lists.seconds).toFixed(1)} | ${(plain.pages / plain.seconds).toFixed(1)} | ×${(lists.seconds / lists.pages / (plain.seconds / plain.pages)).toFixed(2)} |`,
		);
	}
	console.log('\nCriteria: 4 to 8 per level, a quarter with examples, a tenth with written ids; a quarter of the competencies start at the third level.');
}

function printPageWeights(dist: string) {
	console.log('\n## Page weight: JavaScript each page type loads (gzipped), ours and Starlight\'s\n');
	console.log('| page | scripts | of which ours | total |');
	console.log('| --- | --- | --- | --- |');
	for (const row of pageWeights(dist)) {
		console.log(`| ${row.page} | ${row.scripts} | ${(row.oursBytes / 1024).toFixed(1)} KB | ${(row.totalBytes / 1024).toFixed(1)} KB |`);
	}
}

function printSearch(rows: { name: string; buildMs: number; search: SearchFigures }[]) {
	const [baseline] = rows;
	const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
	const ratio = (value: number, base: number) => `×${(value / base).toFixed(2)}`;
	console.log('\n## Search (Pagefind), measured in Chromium\n');
	console.log('| ladder | pages indexed | index on disk | first query: raw | as served (gzip) | of which index data | requests | next query: median / largest | query median | query p95 | build |');
	console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
	for (const { name, buildMs, search: s } of rows) {
		const b = baseline!.search;
		console.log(
			`| ${name} | ${s.pages} | ${kb(s.indexBytes)} (${ratio(s.indexBytes, b.indexBytes)}) | ${kb(s.firstQueryBytes)} | ${kb(s.firstQueryServedBytes)} (${ratio(s.firstQueryServedBytes, b.firstQueryServedBytes)}) | ${kb(s.firstQueryIndexBytes)} (${ratio(s.firstQueryIndexBytes, b.firstQueryIndexBytes)}) | ${s.firstQueryRequests} | ${kb(s.nextQueryMedianBytes)} / ${kb(s.nextQueryMaxBytes)} | ${s.medianMs.toFixed(1)} ms | ${s.p95Ms.toFixed(1)} ms | ${(buildMs / 1000).toFixed(1)} s |`,
		);
	}
	console.log(
		'\nRatios are against the shipped ladder, measured in the same run. "As served" gzips what a static host would' +
			' (Pagefind\'s WASM and index files are compressed already). Target: a first query fetches under 150 KB on the 200-role ladder, each next one under 10 KB.',
	);
}

/**
 * `npm run audit`: Lighthouse (its default mobile preset) with Debian's Chromium on the built
 * shipped ladder's home, a role, the matrix, a static comparison and the picker; prints the four
 * category scores per page, and the metrics behind the performance score. Figures only: it fails
 * only if Lighthouse cannot run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { astroBuild } from '../tests/support/astro-build.ts';
import { CHROMIUM_PATH } from '../tests/support/chromium.ts';
import { serveSite } from '../tests/support/serve.ts';

const PAGES = [
	['home', '/'],
	['role', '/roles/lead-software-engineer/'],
	['matrix', '/matrix/'],
	['comparison', '/compare/lead-software-engineer/senior-technical-lead/'],
	['picker', '/compare/?roles=software-engineer,lead-software-engineer'],
] as const;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
// The metrics behind the performance score, each with its own score, so a miss says where.
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'] as const;

const work = mkdtempSync(join(tmpdir(), 'ladder-audit-'));
try {
	const dist = join(work, 'dist');
	const { status, output } = astroBuild({ contentDir: 'content', dist, cacheDir: join(work, 'cache') });
	if (status !== 0) throw new Error(`build failed:\n${output}`);
	// Compressed, as a production host serves it: Lighthouse's simulated mobile network counts bytes.
	const site = await serveSite(dist, { gzip: true });
	const port = await freePort();
	const browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--remote-debugging-port=${port}`],
	});
	try {
		console.log('\n## Lighthouse, mobile preset, Debian Chromium\n');
		console.log(`| page | ${CATEGORIES.join(' | ')} |`);
		console.log(`| --- | ${CATEGORIES.map(() => '---').join(' | ')} |`);
		for (const [name, path] of PAGES) {
			const result = await lighthouse(`${site.url}${path}`, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
			const categories = result?.lhr.categories ?? {};
			const scores = CATEGORIES.map((id) => Math.round((categories[id]?.score ?? 0) * 100));
			console.log(`| ${name} | ${scores.join(' | ')} |`);
			const failing = Object.values(result?.lhr.audits ?? {}).filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary');
			if (failing.length > 0) console.log(`|  | ${failing.map((audit) => audit.id).join(', ')} |`);
			const audits = result?.lhr.audits ?? {};
			const metrics = METRICS.map((id) => `${id} ${audits[id]?.displayValue ?? '?'} (${Math.round((audits[id]?.score ?? 0) * 100)})`);
			console.log(`|  | ${metrics.join(', ')} |`);
		}
		console.log('\nTarget: 100 in every category on every page.');
	} finally {
		await browser.close();
		await site.close();
	}
} finally {
	rmSync(work, { recursive: true, force: true });
}

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

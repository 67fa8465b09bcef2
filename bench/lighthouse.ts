/**
 * Lighthouse (its default mobile preset) with Debian's Chromium on pages of a built site, served
 * gzipped as a production host would: the four category scores, the metrics behind performance,
 * the DOM size and the page's HTML weight. Figures only.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../tests/support/chromium.ts';
import { serveSite } from '../tests/support/serve.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
// The metrics behind the performance score, each with its own score, so a miss says where.
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'] as const;

export interface PageAudit {
	name: string;
	path: string;
	scores: number[];
	metrics: string;
	/** Binary audits that failed, by id. */
	failing: string[];
	domElements: number;
	htmlBytes: number;
	htmlGzipBytes: number;
}

export async function auditPages(dist: string, pages: readonly (readonly [string, string])[]): Promise<PageAudit[]> {
	const site = await serveSite(dist, { gzip: true });
	const port = await freePort();
	const browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--remote-debugging-port=${port}`],
	});
	const rows: PageAudit[] = [];
	try {
		for (const [name, path] of pages) {
			const result = await lighthouse(`${site.url}${path}`, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
			const categories = result?.lhr.categories ?? {};
			const audits = result?.lhr.audits ?? {};
			const html = readFileSync(join(dist, path.split('?')[0]!.replace(/\/$/, '/index.html')));
			rows.push({
				name,
				path,
				scores: CATEGORIES.map((id) => Math.round((categories[id]?.score ?? 0) * 100)),
				metrics: METRICS.map((id) => `${id} ${audits[id]?.displayValue ?? '?'} (${Math.round((audits[id]?.score ?? 0) * 100)})`).join(', '),
				failing: Object.values(audits)
					.filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
					.map((audit) => audit.id),
				domElements: Number(audits['dom-size']?.numericValue ?? audits['dom-size-insight']?.numericValue ?? 0),
				htmlBytes: html.length,
				htmlGzipBytes: gzipSync(html).length,
			});
		}
	} finally {
		await browser.close();
		await site.close();
	}
	return rows;
}

/** The audits as a Markdown table, with a line of metrics (and failing audits) under each page. */
export function printAudits(rows: readonly PageAudit[]): void {
	console.log(`| page | ${CATEGORIES.join(' | ')} | DOM elements | HTML (gzip) |`);
	console.log(`| --- | ${CATEGORIES.map(() => '---').join(' | ')} | --- | --- |`);
	for (const row of rows) {
		console.log(`| ${row.name} | ${row.scores.join(' | ')} | ${row.domElements || '?'} | ${(row.htmlBytes / 1024).toFixed(0)} KB (${(row.htmlGzipBytes / 1024).toFixed(1)} KB) |`);
		console.log(`|  | ${row.metrics}${row.failing.length > 0 ? `; failing: ${row.failing.join(', ')}` : ''} |`);
	}
}

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

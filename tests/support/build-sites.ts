/**
 * Vitest global setup of the site tests: builds every test site the run needs once (every one,
 * unless the run names test files: `sites-for-run.ts`), before any test runs.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { generateLadder } from '../../bench/generate-ladder.ts';
import { astroBuild } from './astro-build.ts';
import { sitesForRun } from './sites-for-run.ts';
import type { Site } from './sites.ts';

export default async function buildSites(): Promise<void> {
	const queue = sitesForRun().filter(
		// `LADDER_TEST_REUSE_BUILD=1` skips rebuilding while iterating on the tests themselves.
		(site) => !(process.env['LADDER_TEST_REUSE_BUILD'] === '1' && existsSync(site.dist)),
	);
	// A build per core, as the tests then run a file per core: a build keeps one core busy for most of its time.
	const builder = async () => {
		for (let site = queue.shift(); site; site = queue.shift()) await build(site);
	};
	await Promise.all(Array.from({ length: availableParallelism() }, builder));
}

async function build(site: Site): Promise<void> {
	rmSync(site.dist, { recursive: true, force: true });
	if (site.generated) {
		rmSync(site.contentDir, { recursive: true, force: true });
		generateLadder(site.contentDir, site.generated);
	}
	const started = performance.now();
	const { status, output } = await astroBuild(site);
	if (status !== 0) throw new Error(`astro build of ${site.contentDir} failed:\n${output}`);
	// Kept beside the site, for the test that reads what a build prints.
	writeFileSync(join(dirname(site.dist), 'build.log'), output);
	console.log(`built ${site.contentDir} in ${Math.round(performance.now() - started)} ms`);
}

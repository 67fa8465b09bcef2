import { defineConfig } from 'vitest/config';
import LongestFirst from './tests/support/longest-first.ts';

export default defineConfig({
	test: {
		// A worker per core. Vitest's default leaves one core free, which on a two-core machine ran the
		// site tests one file after another while each waited on its own Chromium (a quarter of the
		// time idle): 13.8 min for unit and site tests with one worker, 6.3 with two.
		maxWorkers: '100%',
		// The longest files first, also in a fresh clone, where Vitest has no times of its own.
		sequence: { sequencer: LongestFirst },
		projects: [
			{
				test: {
					name: 'unit',
					globalSetup: ['tests/support/temp-dir.ts'],
					include: ['src/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/architecture/**/*.test.ts'],
				},
			},
			{
				test: {
					name: 'site',
					include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
					// One real `astro build` per ladder, shared by every build and browser test.
					globalSetup: ['tests/support/temp-dir.ts', 'tests/support/build-sites.ts'],
					// The files share each worker's loaded modules (Playwright, linkedom, the model) instead
					// of loading them again for each of 35 files: 247 s against 262 s, 472 processor-seconds
					// against 502. They mock nothing and share no state but the built sites, which they only read.
					isolate: false,
					testTimeout: 60_000,
					hookTimeout: 120_000,
				},
			},
			{
				test: {
					// The dev server's rounds time how soon an edit shows: `npm test` runs them after the
					// rest, with only the type check beside them, not four browser suites on two cores.
					name: 'dev',
					globalSetup: ['tests/support/temp-dir.ts'],
					include: ['tests/dev/**/*.test.ts'],
					// Two files at a time: a round mostly waits for its server, and one file at a time left a
					// core idle (80 processor-seconds in 74 s). Three dev servers starting at once on two
					// cores kept one from serving its first page within a minute in CI; the side-by-side
					// file starts its two one after the other, so no more than two start at once.
					maxWorkers: 2,
					testTimeout: 60_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});

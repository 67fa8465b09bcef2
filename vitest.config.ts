import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/architecture/**/*.test.ts'],
				},
			},
			{
				test: {
					name: 'site',
					include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
					// One real `astro build` per ladder, shared by every build and browser test.
					globalSetup: ['tests/support/build-sites.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
				},
			},
			{
				test: {
					// The dev server's rounds time how soon an edit shows: `npm test` runs them on their
					// own, after the rest, not beside four browser suites on a two-core machine.
					name: 'dev',
					include: ['tests/dev/**/*.test.ts'],
					// One file at a time: three dev servers starting at once on two cores kept one from
					// serving its first page within a minute in CI.
					fileParallelism: false,
					testTimeout: 60_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});

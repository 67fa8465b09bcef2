import { join } from 'node:path';
import type { LadderSize } from '../../bench/generate-ladder.ts';

/** Where the site tests build each ladder; one real `astro build` each, shared by every test. */
export const OUTPUT_ROOT = '.test-output';

export const SITES = {
	shipped: site('shipped', 'content'),
	/** A copy of the example ladder as it shipped, for tests of the engine that need its roles whatever content/ holds. */
	example: site('example', 'tests/fixtures/example-ladder'),
	design: site('design', 'tests/fixtures/design-ladder'),
	/** Markup, scripts, javascript: URLs and very long words in every text field. */
	hostile: site('hostile', 'tests/fixtures/hostile-ladder'),
	/** A framework's shape: 6 levels, topics per track and from later levels, roles by baseline. */
	framework: site('framework', 'tests/fixtures/framework-ladder'),
	/**
	 * Generated before the build (by the benchmark's generator): 30 roles on 3 tracks, every level a
	 * list of 4 to 8 criteria, some with examples and written ids, some topics starting later.
	 */
	criteria: site('criteria', join(OUTPUT_ROOT, 'criteria', 'content'), { roles: 30, competencies: 20, tracks: 3, levels: 6, criteria: true }),
	/**
	 * Generated too: the longest criteria real frameworks write (5 to 8 per level, two or three
	 * sentences each), four tracks, and role notes on a third of the expectations.
	 */
	long: site('long', join(OUTPUT_ROOT, 'long', 'content'), { roles: 16, competencies: 12, tracks: 4, levels: 5, criteria: true, long: true, seed: 7 }),
};

export type Site = ReturnType<typeof site>;

function site(name: string, contentDir: string, generated?: LadderSize) {
	const root = join(OUTPUT_ROOT, name);
	return { name, contentDir, dist: join(root, 'dist'), cacheDir: join(root, 'cache'), generated };
}

import { join } from 'node:path';
import type { LadderSize } from '../../bench/generate-ladder.ts';
import { fingerprint } from './folder-fingerprint.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** Where the site tests build each ladder; one real `astro build` each, shared by every test. */
export const OUTPUT_ROOT = '.test-output';

/**
 * The example ladder as it shipped, kept under tests/: the tests of the engine that need its roles
 * and guides use this copy, so they pass whatever an organisation puts in `content/`.
 */
const EXAMPLE_DIR = 'tests/fixtures/example-ladder';

/**
 * Whether `content/` holds the example ladder (by its name): the tests about the example itself,
 * such as the seed checklist, run only then, and say so when they are skipped.
 */
export const CONTENT_IS_EXAMPLE = ladderName('content') === ladderName(EXAMPLE_DIR);

/** Whether `content/` is the example's copy file for file: then one build serves both. */
const CONTENT_IS_EXAMPLE_COPY = CONTENT_IS_EXAMPLE && JSON.stringify(fingerprint('content')) === JSON.stringify(fingerprint(EXAMPLE_DIR));

export const SITES = {
	/** The ladder in `content/`, whatever it is: every test that any ladder must pass runs on it. */
	content: CONTENT_IS_EXAMPLE_COPY ? { ...site('example', EXAMPLE_DIR), name: 'content' } : site('content', 'content'),
	example: site('example', EXAMPLE_DIR),
	design: site('design', 'tests/fixtures/design-ladder'),
	/** Markup, scripts, javascript: URLs and very long words in every text field. */
	hostile: site('hostile', 'tests/fixtures/hostile-ladder'),
	/** A framework's shape: 6 levels, topics per track and from later levels, roles by baseline. */
	framework: site('framework', 'tests/fixtures/framework-ladder'),
	/**
	 * Generated before the build (by the benchmark's generator): 18 roles on 3 tracks of 5 levels
	 * (every level held, two roles at one level on each track), every level a list of 4 to 8
	 * criteria, some with examples and written ids, some topics starting later. It had 30 roles:
	 * the 12 more showed no shape the 18 lack, and made 48 more pages for axe, and every test that
	 * runs on every ladder, to read (`tests/architecture/test-sites.test.ts` holds it to its shapes).
	 */
	criteria: site('criteria', join(OUTPUT_ROOT, 'criteria', 'content'), { roles: 18, competencies: 20, tracks: 3, levels: 5, criteria: true }),
	/**
	 * Generated too: the longest criteria real frameworks write (5 to 8 per level, two or three
	 * sentences each), four tracks, and role notes on a third of the expectations.
	 */
	long: site('long', join(OUTPUT_ROOT, 'long', 'content'), { roles: 16, competencies: 12, tracks: 4, levels: 5, criteria: true, long: true, seed: 7 }),
};

export type Site = ReturnType<typeof site>;

/**
 * `LADDER_TEST_SITES=example,design`: build and test only these ladders, for a quick run of one test
 * file (the build tests' setup otherwise builds every ladder first). Unset, every ladder.
 */
const ONLY = process.env['LADDER_TEST_SITES']?.split(',').map((name) => name.trim()).filter(Boolean);

/** Each ladder once (content/ and the example are one when they are the same files): the sites every generic test runs on. */
export const ALL_SITES: Site[] = Object.values(SITES)
	.filter((one) => !ONLY || ONLY.includes(one.name))
	.filter((one, index, all) => all.findIndex((other) => other.dist === one.dist) === index);

function ladderName(dir: string): unknown {
	try {
		return (parse(readFileSync(join(dir, 'ladder.yaml'), 'utf8')) as { name?: unknown } | null)?.name;
	} catch {
		return undefined;
	}
}

function site(name: string, contentDir: string, generated?: LadderSize) {
	const root = join(OUTPUT_ROOT, name);
	return { name, contentDir, dist: join(root, 'dist'), cacheDir: join(root, 'cache'), generated };
}

/**
 * The site tests' setup builds only the ladders the named test files use (`sites-for-run.ts`), so
 * that one build or browser test file runs in well under a minute.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateLadder } from '../../bench/generate-ladder.ts';
import { rawContent } from '../support/raw-content.ts';
import { sitesForRun } from '../support/sites-for-run.ts';
import { ALL_SITES, SITES } from '../support/sites.ts';

const names = (argv: string[]) => sitesForRun(argv).map((site) => site.dist);

describe.skipIf(Boolean(process.env['LADDER_TEST_SITES']))('the ladders a run builds', () => {
	test('every one for a whole run, and for a file that runs on every ladder', () => {
		expect(names(['run', '--project', 'unit', '--project', 'site'])).toEqual(ALL_SITES.map((site) => site.dist));
		expect(names(['run', '--project', 'site', 'tests/build/csp.test.ts'])).toEqual(ALL_SITES.map((site) => site.dist));
	});

	test('only those the named files use', () => {
		expect(names(['run', '--project', 'site', 'tests/browser/print.test.ts'])).toEqual([SITES.example.dist]);
		expect(names(['run', '--project', 'site', './tests/browser/widths.test.ts', '-t', 'tests/build/csp'])).toEqual(
			ALL_SITES.filter((site) => [SITES.example, SITES.framework, SITES.hostile, SITES.long].some((one) => one.dist === site.dist)).map((site) => site.dist),
		);
		expect(names(['run', 'published-images'])).toEqual([SITES.hostile.dist]);
		expect(names(['run', 'src/model/files/lint.test.ts'])).toEqual([]);
	});
});

// The generated ladders are as small as what they stand for allows (every page of each is read by
// axe): a smaller size must still hold every shape its comment promises, or the site tests would
// pass on less than they claim to cover.
function generated(site: typeof SITES.criteria) {
	const dir = mkdtempSync(join(tmpdir(), 'generated-'));
	generateLadder(dir, site.generated!);
	const content = rawContent(dir);
	rmSync(dir, { recursive: true, force: true });
	return content;
}

const GENERATED = new Map([SITES.criteria, SITES.long].map((site) => [site, generated(site)]));

describe.each([...GENERATED.keys()])('the generated $name ladder', (site) => {
	const { ladder, competencies } = GENERATED.get(site)!;
	type Criterion = string | { text: string; id?: string; examples?: string[] };
	const criteria = competencies.flatMap((c) => Object.values(c.levels as Record<string, unknown>)).filter(Array.isArray).flat() as Criterion[];

	test('writes levels as criteria lists, some with examples and some with written ids, and topics that start later', () => {
		expect(criteria.length).toBeGreaterThan(0);
		expect(criteria.some((c) => typeof c === 'object' && c.examples?.length)).toBe(true);
		expect(criteria.some((c) => typeof c === 'object' && c.id)).toBe(true);
		expect(competencies.some((c) => !(ladder.levels[0]!.id in (c.levels as object)))).toBe(true);
	});
});

// The long ladder leaves its top level to no role, a shape of its own.
test('the generated criteria ladder has a role at every level, and two at one level on a track', () => {
	const { ladder, roles } = GENERATED.get(SITES.criteria)!;
	const held = new Set(roles.flatMap((role) => role.expectations.map((e) => e.levelId)));
	expect([...held].sort()).toEqual(ladder.levels.map((level) => level.id).sort());
	const atLevel = roles.map((role) => `${role.track} ${role.expectations[0]?.levelId}`);
	expect(new Set(atLevel).size).toBeLessThan(atLevel.length);
});

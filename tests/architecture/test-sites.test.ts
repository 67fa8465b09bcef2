/**
 * The site tests' setup builds only the ladders the named test files use (`sites-for-run.ts`), so
 * that one build or browser test file runs in well under a minute.
 */
import { describe, expect, test } from 'vitest';
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

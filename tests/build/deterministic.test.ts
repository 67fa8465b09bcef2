import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { astroBuild } from '../support/astro-build.ts';
import { fingerprint } from '../support/folder-fingerprint.ts';
import { OUTPUT_ROOT, SITES } from '../support/sites.ts';

describe('builds', () => {
	test('two builds of the same content give identical files', async () => {
		const again = join(OUTPUT_ROOT, 'design-again');
		rmSync(again, { recursive: true, force: true });

		const { status, output } = await astroBuild({ contentDir: SITES.design.contentDir, dist: join(again, 'dist'), cacheDir: join(again, 'cache') });

		expect(status, output).toBe(0);
		const [first, second] = [fingerprint(SITES.design.dist), fingerprint(join(again, 'dist'))];
		const differing = Object.keys({ ...first, ...second }).filter((file) => first[file] !== second[file]);
		expect(differing).toEqual([]);
	});
});

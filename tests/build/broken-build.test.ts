import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { problems } from '../../src/model/files/problems.ts';
import { astroBuild } from '../support/astro-build.ts';
import { brokenLadder } from '../support/broken-ladder.ts';

describe('astro build of a broken ladder', () => {
	test('fails, lists every problem with its file and field, and writes no site', async () => {
		const dir = brokenLadder({
			'roles/design-manager.mdx': (t) => t.replace('track: design-leadership', 'track: leadership'),
			'roles/product-designer.mdx': (t) => t.replace('title: Product Designer\n', ''),
		});
		const dist = join(dir, 'dist');

		const { status, output } = await astroBuild({ contentDir: dir, dist, cacheDir: join(dir, 'cache') });

		expect(status).not.toBe(0);
		expect(output).toContain('The ladder has 2 problems:');
		expect(output).toContain(
			`${dir}/roles/design-manager.mdx:3: track: ${problems.unknownTrack('leadership', ['product-design', 'research', 'design-leadership'])}`,
		);
		expect(output).toContain(`${dir}/roles/product-designer.mdx: title: ${problems.required()}`);
		expect(existsSync(dist)).toBe(false);
	});

	test('fails on a hand-broken release snapshot, naming its file and field', async () => {
		const dir = brokenLadder({ 'releases/v1.json': (t) => t.replace('"grade": 2,', '"grade": "two",') });

		const { status, output } = await astroBuild({ contentDir: dir, dist: join(dir, 'dist'), cacheDir: join(dir, 'cache') });

		expect(status).not.toBe(0);
		expect(output).toMatch(new RegExp(`${dir}/releases/v1\\.json:\\d+: roles\\[\\d\\]\\.grade: `));
		expect(existsSync(join(dir, 'dist'))).toBe(false);
	});

	test('refuses an image that names a script, before anything runs: no code of the ladder runs at build', async () => {
		const marker = join(tmpdir(), `ladder-ran-${process.pid}-${Date.now()}`);
		const dir = brokenLadder({ 'roles/product-designer.mdx': (t) => `${t}\n![logo](../docs/helper.js)\n` });
		mkdirSync(join(dir, 'docs'));
		writeFileSync(join(dir, 'docs', 'helper.js'), `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'ran');\nexport default 1;\n`);

		const { status, output } = await astroBuild({ contentDir: dir, dist: join(dir, 'dist'), cacheDir: join(dir, 'cache') });

		expect(status).not.toBe(0);
		expect(output).toMatch(new RegExp(`${dir}/roles/product-designer\\.mdx: body, line \\d+: the image "\\.\\./docs/helper\\.js" cannot be used: it is not an image file`));
		expect(output).toContain(`${dir}/docs/helper.js: (file): ${problems.codeInContent('.js')}`);
		expect(existsSync(marker)).toBe(false);
		expect(existsSync(join(dir, 'dist'))).toBe(false);
	});

	test('refuses an SVG image that would run script when opened at its own address, naming its file and line, and writes no site', async () => {
		const dir = brokenLadder({ 'roles/product-designer.mdx': (t) => `${t}\n![chart](../images/chart.svg)\n` });
		mkdirSync(join(dir, 'images'));
		writeFileSync(join(dir, 'images', 'chart.svg'), '<svg xmlns="http://www.w3.org/2000/svg">\n<rect width="1" height="1"/>\n<script>fetch("/")</script>\n</svg>\n');

		const { status, output } = await astroBuild({ contentDir: dir, dist: join(dir, 'dist'), cacheDir: join(dir, 'cache') });

		expect(status).not.toBe(0);
		expect(output).toContain(`${dir}/images/chart.svg: line 3: ${problems.svgNotPicture('the element <script> runs script: remove it')}`);
		expect(existsSync(join(dir, 'dist'))).toBe(false);
	});
});

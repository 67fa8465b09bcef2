import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { describe, expect, test } from 'vitest';
import { PARTIAL_SUFFIX, wholeOutput } from './whole-output.ts';

type Hooks = Required<AstroIntegration['hooks']>;

/** Runs the integration's set-up as `astro build` would; returns the folder it asks Astro to write. */
function setUp(integration: AstroIntegration, outDir: string, command = 'build'): string | undefined {
	let written: string | undefined;
	const setup = integration.hooks['astro:config:setup'] as (options: unknown) => void;
	setup({
		command,
		config: { outDir: pathToFileURL(`${outDir}/`) },
		updateConfig: (update: { outDir: URL }) => {
			written = update.outDir.pathname;
		},
	});
	return written;
}

describe('wholeOutput', () => {
	const previousSite = () => {
		const root = mkdtempSync(join(tmpdir(), 'whole-output-'));
		const dist = join(root, 'dist');
		mkdirSync(dist);
		writeFileSync(join(dist, 'index.html'), 'the previous site');
		return { root, dist };
	};

	test('builds beside the output folder, and swaps it in only when the build is done', async () => {
		const { dist } = previousSite();
		const integration = wholeOutput();
		const partial = setUp(integration, dist)!;

		expect(partial).toBe(`${dist}${PARTIAL_SUFFIX}/`);
		mkdirSync(partial);
		writeFileSync(join(partial, 'index.html'), 'the new site');
		// Until the build is done, the previous site is untouched.
		expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the previous site');

		await (integration.hooks['astro:build:done'] as Hooks['astro:build:done'])({ dir: pathToFileURL(partial) } as never);

		expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the new site');
		expect(existsSync(partial)).toBe(false);
	});

	test('a build that fails before it is done leaves the previous site whole', () => {
		const { dist } = previousSite();
		const partial = setUp(wholeOutput(), dist)!;
		mkdirSync(partial);
		writeFileSync(join(partial, 'half.html'), 'half a site');
		// The build stops here: `astro:build:done` never runs.

		expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the previous site');
		expect(existsSync(join(dist, 'half.html'))).toBe(false);
	});

	test('leaves the output folder alone for the dev server and preview', () => {
		expect(setUp(wholeOutput(), '/tmp/site', 'dev')).toBeUndefined();
		expect(setUp(wholeOutput(), '/tmp/site', 'preview')).toBeUndefined();
	});
});

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

describe('swapIn, interrupted', () => {
	// A child process swaps a site of many files in and is sent SIGINT as soon as it starts: the
	// output folder must then hold one whole site, the previous or the new, never a part of one.
	const script = `
		import { mkdirSync, writeFileSync } from 'node:fs';
		import { join } from 'node:path';
		import { swapIn } from ${JSON.stringify(new URL('./whole-output.ts', import.meta.url).pathname)};
		const [root] = process.argv.slice(1);
		for (const [name, text] of [['dist', 'old'], ['dist.partial', 'new']]) {
			for (let i = 0; i < 40; i++) {
				mkdirSync(join(root, name, String(i)), { recursive: true });
				for (let j = 0; j < 100; j++) writeFileSync(join(root, name, String(i), j + '.html'), text);
			}
		}
		process.stdout.write('ready');
		swapIn(join(root, 'dist.partial'), join(root, 'dist'));
	`;

	test.each([0, 2, 5, 10, 20])('leaves a whole site when Ctrl-C comes %i ms into the swap', async (delay) => {
		const root = mkdtempSync(join(tmpdir(), 'whole-output-signal-'));
		const child = spawn(process.execPath, ['--input-type=module', '-e', script, root], { stdio: ['ignore', 'pipe', 'inherit'] });
		await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
		await new Promise((resolve) => setTimeout(resolve, delay));
		child.kill('SIGINT');
		await new Promise((resolve) => child.once('exit', resolve));

		const files = readdirSync(join(root, 'dist'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
		const texts = new Set(files.map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8')));
		expect(files).toHaveLength(4_000);
		expect(texts.size).toBe(1);
	}, 30_000);
});

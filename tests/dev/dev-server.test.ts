/**
 * `astro dev` on a copy of a ladder, edited as an author would: the site follows a renamed ladder
 * (its title is read when the config loads), and a YAML mistake shows on the page with its line
 * instead of the last good version.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { withoutTestEnvironment } from '../support/astro-build.ts';
import { launchChromium } from '../support/chromium.ts';
import { SITES } from '../support/sites.ts';

const work = mkdtempSync(join(tmpdir(), 'ladder-dev-'));
const content = join(work, 'content');
let server: ChildProcess | undefined;
let url = '';
let output = '';

beforeAll(async () => {
	cpSync(SITES.design.contentDir, content, { recursive: true });
	server = spawn('node_modules/.bin/astro', ['dev', '--port', String(4400 + Math.floor(Math.random() * 400))], {
		env: { ...withoutTestEnvironment(), NODE_ENV: 'development', LADDER_CONTENT_DIR: content, LADDER_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
	});
	const collect = (chunk: Buffer) => {
		output += chunk.toString();
	};
	server.stdout?.on('data', collect);
	server.stderr?.on('data', collect);
	url = await until(() => /Local\s+(http:\/\/localhost:\d+)/.exec(output.replace(/\x1b\[[0-9;]*m/g, ''))?.[1], 60_000, 'the dev server to start');
}, 90_000);

afterAll(() => {
	server?.kill();
});

describe('the dev server', () => {
	test('follows a renamed ladder in the page title, without a restart by hand', async () => {
		// The first requests can come before the routes are ready.
		const first = await until(async () => ((await page('/')).text.includes('<title>Design Guild Progression | Design Guild Progression</title>') ? true : undefined), 60_000, 'the home page');
		expect(first).toBe(true);

		const ladderFile = join(content, 'ladder.yaml');
		writeFileSync(ladderFile, readFileSync(ladderFile, 'utf8').replace(/^name: .*$/m, 'name: Renamed Ladder'));

		const renamed = await until(async () => ((await page('/')).text.includes('<title>Renamed Ladder | Renamed Ladder</title>') ? true : undefined), 60_000, 'the new title');
		expect(renamed).toBe(true);
	}, 90_000);

	test('shows a YAML mistake in ladder.yaml on the page, with its line', async () => {
		const ladderFile = join(content, 'ladder.yaml');
		writeFileSync(ladderFile, `${readFileSync(ladderFile, 'utf8')}\nlevels: [unclosed\n`);

		// The dev server shows an error in its overlay, which its client script draws in the page.
		const browser = await launchChromium();
		try {
			const shown = await until(async () => {
				const tab = await browser.newPage();
				try {
					await tab.goto(`${url}/roles/product-designer/`);
					const overlay = tab.locator('vite-error-overlay');
					await overlay.waitFor({ state: 'attached', timeout: 5_000 });
					const text = (await overlay.evaluate((element) => element.shadowRoot?.textContent ?? '')) ?? '';
					return /is not valid YAML: .*\(line \d+, column \d+\)/.test(text) ? text : undefined;
				} catch {
					return undefined;
				} finally {
					await tab.close();
				}
			}, 60_000, 'the YAML problem in the page');
			expect(shown).toContain(ladderFile);
		} finally {
			await browser.close();
		}
	}, 90_000);
});

async function page(path: string): Promise<{ status: number; text: string }> {
	try {
		const response = await fetch(`${url}${path}`);
		return { status: response.status, text: await response.text() };
	} catch {
		return { status: 0, text: '' };
	}
}

/** Polls `probe` until it returns a value, or fails naming what it waited for and the server's output. */
async function until<T>(probe: () => T | undefined | Promise<T | undefined>, timeout: number, what: string): Promise<T> {
	const deadline = Date.now() + timeout;
	while (Date.now() < deadline) {
		const value = await probe();
		if (value !== undefined) return value;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`Timed out waiting for ${what}. Dev server output:\n${output.slice(-3000)}`);
}

/**
 * `astro dev` on a copy of a ladder, edited as an author would: the site follows a renamed ladder
 * (its title is read when the config loads), and a YAML mistake shows on the page with its line
 * instead of the last good version.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { startDevServer, type DevServer } from '../support/dev-server.ts';
import { SITES } from '../support/sites.ts';

const work = mkdtempSync(join(tmpdir(), 'ladder-dev-'));
const content = join(work, 'content');
let dev: DevServer;

beforeAll(async () => {
	cpSync(SITES.design.contentDir, content, { recursive: true });
	dev = await startDevServer(content, work, { from: 4400 });
}, 90_000);

afterAll(async () => {
	await dev?.stop();
}, 30_000);

const page = (path: string) => dev.page(path);
const until = <T>(probe: () => T | undefined | Promise<T | undefined>, timeout: number, what: string) => dev.until(probe, timeout, what);

describe('the dev server', () => {
	test('serves /review/: the review’s findings by file, linked to where the site shows them, following an edit', async () => {
		// The dev server marks each element with its source; the page is read without the marks.
		const reviewPage = async () => {
			const { status, text } = await page('/review/');
			return { status, text: text.replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, '') };
		};
		const review = await until(async () => {
			const { status, text } = await reviewPage();
			return status === 200 && text.includes('expectation-lowered') ? text : undefined;
		}, 60_000, 'the review page');
		expect(review).toContain('<code>roles/design-manager.mdx</code>');
		expect(review).toContain('href="/roles/design-manager/#visual-craft"');
		expect(review).not.toContain('trivialising-word');

		const role = join(content, 'roles', 'product-designer.mdx');
		writeFileSync(role, readFileSync(role, 'utf8').replace('summary: Designs complete product flows', 'summary: Simply designs complete product flows'));
		const edited = await until(async () => {
			const { text } = await reviewPage();
			return text.includes('trivialising-word') ? text : undefined;
		}, 30_000, 'the review page to show the edit');
		expect(edited).toContain('“Simply” makes the work sound trivial');
		expect(edited).toContain('href="/roles/product-designer/"');
	}, 120_000);

	test('follows a renamed ladder in the page title, without a restart by hand', async () => {
		// The first requests can come before the routes are ready.
		const first = await until(async () => ((await page('/')).text.includes('<title>Design Guild Progression | Design Guild Progression</title>') ? true : undefined), 60_000, 'the home page');
		expect(first).toBe(true);

		const ladderFile = join(content, 'ladder.yaml');
		writeFileSync(ladderFile, readFileSync(ladderFile, 'utf8').replace(/^name: .*$/m, 'name: Renamed Ladder'));

		const renamed = await until(async () => ((await page('/')).text.includes('<title>Renamed Ladder | Renamed Ladder</title>') ? true : undefined), 60_000, 'the new title');
		expect(renamed).toBe(true);
	}, 90_000);

	test('serves a picture a role links to at /files/, as the build publishes it, and nothing it does not link to', async () => {
		const picture = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
		mkdirSync(join(content, 'docs'), { recursive: true });
		writeFileSync(join(content, 'docs', 'chart.png'), picture);
		writeFileSync(join(content, 'docs', 'unlinked.png'), picture);
		const role = join(content, 'roles', 'product-designer.mdx');
		writeFileSync(role, `${readFileSync(role, 'utf8')}\nSee the [chart](../docs/chart.png).\n`);

		const served = await until(async () => {
			const response = await fetch(`${dev.url}/files/docs/chart.png`).catch(() => undefined);
			return response?.status === 200 ? { type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) } : undefined;
		}, 30_000, 'the linked picture');
		expect(served.type).toBe('image/png');
		expect(served.bytes).toEqual(picture);
		expect((await fetch(`${dev.url}/files/docs/unlinked.png`)).status).toBe(404);
		const linked = await until(async () => ((await page('/roles/product-designer/')).text.includes('href="/files/docs/chart.png"') ? true : undefined), 30_000, 'the role page’s link');
		expect(linked).toBe(true);
	}, 90_000);

	test('lists, on a role’s hiring page, what the review finds an ad must not say, for the author only', async () => {
		const role = join(content, 'roles', 'product-designer.mdx');
		writeFileSync(role, readFileSync(role, 'utf8').replace(/^summary: (.*)$/m, 'summary: $1 Needs 10 years of experience.'));
		const shown = await until(async () => {
			const { text } = await page('/roles/product-designer/hiring/');
			return text.includes('class="hiring-findings"') ? text : undefined;
		}, 30_000, 'the hiring page’s findings');
		expect(shown).toContain('years-of-experience');
	}, 60_000);

	test('shows a YAML mistake in ladder.yaml on the page, with its line', async () => {
		const ladderFile = join(content, 'ladder.yaml');
		writeFileSync(ladderFile, `${readFileSync(ladderFile, 'utf8')}\nlevels: [unclosed\n`);

		// The dev server shows an error in its overlay, which its client script draws in the page.
		const browser = await launchChromium();
		try {
			const shown = await until(async () => {
				const tab = await browser.newPage();
				try {
					await tab.goto(`${dev.url}/roles/product-designer/`);
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

describe('the dev server started on a ladder with a mistake', () => {
	const brokenWork = mkdtempSync(join(tmpdir(), 'ladder-dev-broken-'));
	const brokenContent = join(brokenWork, 'content');
	const ladderFile = join(brokenContent, 'ladder.yaml');
	let broken: DevServer;

	beforeAll(async () => {
		cpSync(SITES.design.contentDir, brokenContent, { recursive: true });
		writeFileSync(ladderFile, readFileSync(ladderFile, 'utf8').replace(/^name: (.*)$/m, 'name: Design: Guild'));
		broken = await startDevServer(brokenContent, brokenWork, { from: 5300 });
	}, 90_000);

	afterAll(async () => {
		await broken?.stop();
	}, 30_000);

	test('takes the ladder’s title and sidebar once the mistake is fixed, restarting itself', async () => {
		await broken.until(async () => ((await broken.page('/')).status >= 500 ? true : undefined), 60_000, 'the error page');
		writeFileSync(ladderFile, readFileSync(ladderFile, 'utf8').replace(/^name: .*$/m, 'name: "Design: Guild"'));

		const fixed = await broken.until(
			async () => ((await broken.page('/')).text.includes('<title>Design: Guild | Design: Guild</title>') ? true : undefined),
			60_000,
			'the title of the fixed ladder',
		);
		expect(fixed).toBe(true);
		expect(broken.output()).toContain('restarting');
	}, 90_000);
});

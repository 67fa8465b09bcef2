import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openPage } from '../support/browser-page.ts';
import { launchChromium } from '../support/chromium.ts';
import { serveSite } from '../support/serve.ts';
import { SITES } from '../support/sites.ts';

let browser: Browser;
let site: Awaited<ReturnType<typeof serveSite>>;

beforeAll(async () => {
	[browser, site] = await Promise.all([launchChromium(), serveSite(SITES.hostile.dist)]);
});

afterAll(async () => {
	await browser?.close();
	await site?.close();
});

describe('a ladder whose text is hostile', () => {
	test.each([
		'/',
		'/roles/first/',
		'/roles/second/',
		'/tracks/only/',
		'/matrix/',
		'/competencies/long-words/',
		'/compare/first/second/',
		'/compare/?roles=first,second',
	])('%s shows it as text, runs nothing, and does not scroll sideways on a phone', async (path) => {
		const { page, errors } = await openPage(browser, `${site.url}${path}`, { width: 375, height: 800 });
		await page.waitForTimeout(100);

		const injected = await page.locator('img[onerror], main script:not([type]):not([type="module"]):not([type="application/json"]), main b, main em, main style').count();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

		expect(errors).toEqual([]);
		expect(injected).toBe(0);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.close();
	});

	test('a hostile role title reads as the text it is', async () => {
		const { page } = await openPage(browser, `${site.url}/roles/first/`);

		expect(await page.locator('h1').textContent()).toBe('<script>alert("title")</script> Engineer');
		await page.close();
	});
});

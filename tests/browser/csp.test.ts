import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { pickerShown } from '../support/picker.ts';
import { openPage } from '../support/browser-page.ts';
import { SITES } from '../support/sites.ts';
import { useSite } from '../support/use-site.ts';

const site = useSite(SITES.example);

/** Records every Content Security Policy violation the page reports, from its first script on. */
async function openWatched(path: string, work: (page: Page) => Promise<void> = async () => {}) {
	const { page, errors } = await openPage(site.browser, `${site.url}${path}`, undefined, (page) =>
		page.addInitScript(() => {
			const seen: string[] = [];
			(window as unknown as { cspViolations: string[] }).cspViolations = seen;
			document.addEventListener('securitypolicyviolation', (event) =>
				seen.push(`${event.effectiveDirective}: ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`),
			);
		}),
	);
	if (path.startsWith('/compare/?')) await pickerShown(page);
	await work(page);
	await page.waitForTimeout(200);
	const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
	await page.close();
	return { violations, errors };
}

describe('the Content Security Policy in Chromium', () => {
	test.each([
		'/',
		'/roles/lead-software-engineer/',
		'/tracks/individual-contributor/',
		'/matrix/',
		'/matrix/management/',
		'/competencies/',
		'/competencies/system-design/',
		'/compare/senior-software-engineer/lead-software-engineer/',
		'/compare/?roles=software-engineer,lead-software-engineer,software-engineering-manager',
		'/guides/how-promotions-work/',
		'/no-such-page/',
	])('%s loads with no violation and no console error', async (path) => {
		const { violations, errors } = await openWatched(path);

		expect(violations).toEqual([]);
		expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
	});

	test('the search dialog finds results with nothing blocked', async () => {
		const { violations, errors } = await openWatched('/', async (page) => {
			await page.locator('button[data-open-modal]').click();
			await page.locator('dialog[open] .pagefind-ui__search-input').fill('Kubernetes');
			await page.locator('dialog[open] .pagefind-ui__result').first().waitFor();
		});

		expect(violations).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('the search page filters results with nothing blocked', async () => {
		const { violations, errors } = await openWatched('/search/?q=lead', async (page) => {
			await page.locator('.pagefind-ui__result').first().waitFor();
			await page.locator('.pagefind-ui__filter-name').first().click();
		});

		expect(violations).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('the picker and the theme switch work with nothing blocked', async () => {
		const { violations, errors } = await openWatched('/compare/', async (page) => {
			await page.selectOption('select[data-slot="1"]', 'software-engineer');
			await page.selectOption('select[data-slot="2"]', 'senior-technical-lead');
			await page.locator('.picker-output figure.profile-chart').waitFor();
			await page.locator('starlight-theme-select select').first().selectOption('dark');
			expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
		});

		expect(violations).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('a script that got into a page would not run', async () => {
		const { violations } = await openWatched('/', async (page) => {
			await page.evaluate(() => {
				const script = document.createElement('script');
				script.textContent = 'window.injected = true';
				document.body.append(script);
			});
			expect(await page.evaluate(() => 'injected' in window)).toBe(false);
		});

		expect(violations).toEqual([expect.stringMatching(/^script-src-elem: inline/)]);
	});
});

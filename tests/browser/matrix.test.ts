import { describe, expect, test } from 'vitest';
import { axeViolations, openPage } from '../support/browser-page.ts';
import { SITES } from '../support/sites.ts';
import { useSite } from '../support/use-site.ts';

const site = useSite(SITES.example);
const phone = { width: 375, height: 800 };

describe('the matrix in Chromium', () => {
	test.each(['/matrix/', '/matrix/management/', '/competencies/system-design/', '/competencies/'])(
		'axe finds no violation on %s',
		async (path) => {
			const { page, errors } = await openPage(site.browser, `${site.url}${path}`);

			expect(await axeViolations(page)).toEqual([]);
			expect(errors).toEqual([]);
			await page.close();
		},
	);

	test('axe finds no violation on the matrix on a phone-sized screen', async () => {
		const { page } = await openPage(site.browser, `${site.url}/matrix/`, phone);

		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});

	test('at 375 px the page never scrolls sideways; the table scrolls in its own region', async () => {
		const { page } = await openPage(site.browser, `${site.url}/matrix/`, phone);

		const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		const region = page.locator('.matrix-region');
		const regionOverflow = await region.evaluate((el) => el.scrollWidth - el.clientWidth);

		expect(pageOverflow).toBeLessThanOrEqual(0);
		expect(regionOverflow).toBeGreaterThan(0);
		await page.close();
	});

	test('the role headers and the competency column stay visible after scrolling the table', async () => {
		const { page } = await openPage(site.browser, `${site.url}/matrix/`, phone);
		const region = page.locator('.matrix-region');

		await region.evaluate((el) => el.scrollTo({ left: 400, top: 600 }));
		const regionBox = await region.boundingBox();
		const header = await page.locator('thead .matrix-roles th').first().boundingBox();
		const rowHeader = await page.locator('tbody th[scope="row"]').nth(8).boundingBox();

		expect(regionBox && header && header.y).toBeCloseTo(regionBox?.y ?? -1, 0);
		expect(regionBox && rowHeader && rowHeader.x).toBeCloseTo(regionBox?.x ?? -1, 0);
		await page.close();
	});

	test('a cell is its level in words over its step scale, and opens the role’s row from the keyboard', async () => {
		const { page } = await openPage(site.browser, `${site.url}/matrix/`);
		const cell = page.locator('a.matrix-cell[href="/roles/lead-software-engineer/#system-design"]');

		expect(await cell.textContent()).toBe('Leading');
		// The step scale: four of five steps filled, drawn by CSS from the cell's own data.
		expect(await cell.evaluate((el) => [getComputedStyle(el).getPropertyValue('--rank'), getComputedStyle(el).getPropertyValue('--steps')])).toEqual(['4', '5']);
		expect(await cell.evaluate((el) => getComputedStyle(el, '::after').width)).not.toBe('auto');
		await cell.focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/roles\/lead-software-engineer\/#system-design$/);
		await page.close();
	});

	test('at 1280 px the whole matrix of the example’s six roles shows without a sideways scroll, using the page’s blank right margin', async () => {
		const { page } = await openPage(site.browser, `${site.url}/matrix/`, { width: 1280, height: 900 });
		const room = await page.locator('.matrix-region').evaluate((region) => ({ shown: region.clientWidth, needed: region.scrollWidth }));
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);

		expect(room.needed).toBeLessThanOrEqual(room.shown);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.close();
	});
});

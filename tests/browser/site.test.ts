import { describe, expect, test } from 'vitest';
import { axeViolations, openPage } from '../support/browser-page.ts';
import { SITES } from '../support/sites.ts';
import { useSite } from '../support/use-site.ts';

const site = useSite(SITES.example);

describe('the shipped ladder in Chromium', () => {
	test('a reader goes from the home page to a role page', async () => {
		const { page } = await openPage(site.browser, `${site.url}/`);

		await page.getByRole('link', { name: 'Lead Software Engineer' }).first().click();
		await page.waitForURL(/\/roles\/lead-software-engineer\/$/);

		expect(await page.locator('h1').textContent()).toBe('Lead Software Engineer');
		await page.close();
	});

	test.each(['/', '/roles/senior-technical-lead/', '/tracks/management/', '/guides/how-promotions-work/'])(
		'%s loads with no console error',
		async (path) => {
			const { page, errors, status } = await openPage(site.browser, `${site.url}${path}`);

			expect(status).toBe(200);
			expect(errors).toEqual([]);
			await page.close();
		},
	);

	test('an unknown address answers with the 404 page', async () => {
		const { page, status } = await openPage(site.browser, `${site.url}/roles/no-such-role/`);

		expect(status).toBe(404);
		expect(await page.locator('h1').textContent()).toBe('Page not found');
		await page.close();
	});

	test.each(['/', '/roles/lead-software-engineer/', '/tracks/individual-contributor/'])(
		'axe finds no violation on %s',
		async (path) => {
			const { page } = await openPage(site.browser, `${site.url}${path}`);

			expect(await axeViolations(page)).toEqual([]);
			await page.close();
		},
	);

	test('axe finds no violation on a role page on a phone-sized screen', async () => {
		const { page } = await openPage(site.browser, `${site.url}/roles/senior-software-engineering-manager/`, {
			width: 375,
			height: 800,
		});

		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});

	test('a link to an expectation opens at its competency’s section, marked', async () => {
		const { page } = await openPage(site.browser, `${site.url}/roles/lead-software-engineer/#system-design`);
		const section = page.locator('article.expectation:has(#system-design)');

		expect(await page.locator('#system-design').evaluate((el) => el.matches(':target'))).toBe(true);
		expect(await section.isVisible()).toBe(true);
		expect(await page.locator('#system-design').isVisible()).toBe(true);
		expect((await section.locator('h4').textContent())?.trim()).toBe('System design');
		expect(await section.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
		await page.close();
	});

	test('the summary’s competencies lead, from the keyboard, to their sections', async () => {
		const { page } = await openPage(site.browser, `${site.url}/roles/lead-software-engineer/`, { width: 375, height: 800 });

		await page.locator('table.expectations-summary a[href="#system-design"]').focus();
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => location.hash === '#system-design');

		expect(await page.locator('#system-design').evaluate((el) => el.getBoundingClientRect().top < window.innerHeight)).toBe(true);
		// Nothing on the role page needs sideways scrolling, so nothing is a scroll region.
		expect(await page.locator('main .scroll-region').count()).toBe(0);
		await page.close();
	});

	test('on a phone-sized screen the page itself never scrolls sideways', async () => {
		const { page } = await openPage(site.browser, `${site.url}/roles/senior-technical-lead/`, { width: 375, height: 800 });

		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

		expect(overflow).toBeLessThanOrEqual(0);
		await page.close();
	});

	test('on a phone, the ladder diagram keeps readable text and its boxes open their roles from the keyboard', async () => {
		const { page, errors } = await openPage(site.browser, `${site.url}/`, { width: 375, height: 800 });

		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		// Rendered glyph height of a box's title: the SVG may shrink to fit, but not below this.
		const textHeight = await page.locator('a.diagram-role tspan').first().evaluate((el) => el.getBoundingClientRect().height);
		let focused = '';
		for (let presses = 0; presses < 80 && !focused; presses++) {
			await page.keyboard.press('Tab');
			focused = await page.evaluate(() => document.activeElement?.closest('a.diagram-role')?.getAttribute('data-role') ?? '');
		}
		await page.keyboard.press('Enter');
		await page.waitForURL(new RegExp(`/roles/${focused}/$`));

		expect(overflow).toBeLessThanOrEqual(0);
		expect(textHeight).toBeGreaterThanOrEqual(11);
		expect(focused).not.toBe('');
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('a ladder of four tracks on the home page', () => {
	const long = useSite(SITES.long);
	const roleLinks = (page: import('playwright-core').Page) =>
		page.locator('figure.ladder-diagram details.diagram-list li > a:first-child').evaluateAll((links) => links.filter((a) => a.checkVisibility()).length);

	test('on a phone, the diagram gives way to its list, open, with every role in it', async () => {
		const { page, errors } = await openPage(long.browser, `${long.url}/`, { width: 390, height: 800 });
		const roles = await page.locator('figure.ladder-diagram a.diagram-role').count();

		expect(await page.locator('figure.ladder-diagram svg').isVisible()).toBe(false);
		expect(await page.locator('figure.ladder-diagram details.diagram-list > summary').isVisible()).toBe(false);
		expect(await roleLinks(page)).toBe(roles);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('on a desktop, the diagram shows every track, and its list is folded beneath it', async () => {
		const { page } = await openPage(long.browser, `${long.url}/`);

		expect(await page.locator('figure.ladder-diagram svg').isVisible()).toBe(true);
		expect(await page.locator('figure.ladder-diagram details.diagram-list > summary').isVisible()).toBe(true);
		expect(await roleLinks(page)).toBe(0);
		await page.locator('figure.ladder-diagram details.diagram-list > summary').click();
		expect(await roleLinks(page)).toBe(await page.locator('figure.ladder-diagram a.diagram-role').count());
		await page.close();
	});
});

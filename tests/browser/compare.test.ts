import { describe, expect, test } from 'vitest';
import { axeViolations, openPage } from '../support/browser-page.ts';
import { pickerShown } from '../support/picker.ts';
import { rawProfiles } from '../support/raw-profile.ts';
import { SITES } from '../support/sites.ts';
import { useSite } from '../support/use-site.ts';

const site = useSite(SITES.example);

describe('static comparisons in Chromium', () => {
	test('axe finds no violation on a comparison, with the unchanged rows shown too', async () => {
		const { page, errors } = await openPage(site.browser, `${site.url}/compare/senior-software-engineer/software-engineering-manager/`);

		await page.locator('details.unchanged:has(#same) > summary').click();

		expect(await page.locator('#same').isVisible()).toBe(true);
		expect(await axeViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('the comparison picker in Chromium', () => {
	const rolesInUrl = (url: string) => new URL(url).searchParams.get('roles');
	const comparedTitles = (page: import('playwright-core').Page) =>
		page.locator('.picker-roles a').allTextContents();

	test('choosing roles updates the address, and a reload restores the comparison', async () => {
		const { page, errors } = await openPage(site.browser, `${site.url}/compare/`);

		await page.selectOption('select[data-slot="1"]', 'software-engineer');
		await page.selectOption('select[data-slot="2"]', 'senior-software-engineering-manager');
		await pickerShown(page, ['software-engineer', 'senior-software-engineering-manager']);
		expect(rolesInUrl(page.url())).toBe('software-engineer,senior-software-engineering-manager');
		expect(await comparedTitles(page)).toEqual(['Software Engineer', 'Senior Software Engineering Manager']);

		await page.reload();
		await pickerShown(page, ['software-engineer', 'senior-software-engineering-manager']);

		expect(await page.locator('select[data-slot="2"]').inputValue()).toBe('senior-software-engineering-manager');
		expect(await comparedTitles(page)).toEqual(['Software Engineer', 'Senior Software Engineering Manager']);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('shows the rows that stay the same once asked to', async () => {
		const { page } = await openPage(site.browser, `${site.url}/compare/?roles=lead-software-engineer,senior-technical-lead`);
		await pickerShown(page);
		const rows = page.locator('.picker-output article.picker-entry');
		const differing = await rows.count();

		await page.locator('input[name="differences"]').uncheck();
		await pickerShown(page);

		expect(await rows.count()).toBeGreaterThan(differing);
		expect(await page.locator('.picker-output article.picker-entry:not([data-differs])').count()).toBe(
			(await rows.count()) - differing,
		);
		await page.close();
	});

	test('an unknown role id in the address gives a clear message, not a blank page', async () => {
		const { page, errors } = await openPage(site.browser, `${site.url}/compare/?roles=lead-software-engineer,chief-wizard`);
		const message = page.locator('.picker-message');
		await pickerShown(page);

		expect(await message.isVisible()).toBe(true);
		expect(await message.textContent()).toContain('“chief-wizard”');
		expect(await page.locator('.picker-output').textContent()).toContain('Choose at least two roles');
		expect(errors).toEqual([]);
		await page.close();
	});

	test('fetches the words of the levels only once roles are being chosen', async () => {
		const fetched: string[] = [];
		const { page } = await openPage(site.browser, `${site.url}/compare/`, undefined, async (page) =>
			page.on('request', (request) => fetched.push(new URL(request.url()).pathname)),
		);
		await page.waitForTimeout(300);
		expect(fetched).not.toContain('/picker-texts.json');

		await page.selectOption('select[data-slot="1"]', 'software-engineer');
		await page.selectOption('select[data-slot="2"]', 'lead-software-engineer');
		await pickerShown(page, ['software-engineer', 'lead-software-engineer']);
		expect(fetched.filter((path) => path === '/picker-texts.json')).toHaveLength(1);
		expect(await page.locator('.picker-output ul.criteria li, .picker-output p.change-descriptor').count()).toBeGreaterThan(0);
		await page.close();
	});

	test('when the words cannot be loaded, says so and still compares the levels', async () => {
		const { page } = await openPage(site.browser, `${site.url}/compare/?roles=software-engineer,lead-software-engineer`, undefined, (page) =>
			page.route('**/picker-texts.json', (route) => route.abort()),
		);
		await pickerShown(page, ['software-engineer', 'lead-software-engineer']);

		expect(await page.locator('.picker-message').textContent()).toContain('could not be loaded');
		expect(await page.locator('.picker-output article.picker-entry').count()).toBeGreaterThan(0);
		expect(await page.locator('.picker-output dd strong').first().textContent()).not.toBe('');
		await page.close();
	});

	test('works with the keyboard alone', async () => {
		const { page } = await openPage(site.browser, `${site.url}/compare/`);
		const tabTo = async (selector: string) => {
			for (let presses = 0; presses < 60; presses++) {
				await page.keyboard.press('Tab');
				if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
			}
			throw new Error(`Tab never reached ${selector}`);
		};

		await tabTo('select[data-slot="1"]');
		await page.keyboard.press('ArrowDown');
		await tabTo('select[data-slot="2"]');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await page.locator('.picker-roles').waitFor();
		await pickerShown(page);

		expect(rolesInUrl(page.url())?.split(',')).toHaveLength(2);
		expect(await comparedTitles(page)).toHaveLength(2);
		await page.close();
	});

	test('axe finds no violation on the picker showing a comparison', async () => {
		const { page } = await openPage(
			site.browser,
			`${site.url}/compare/?roles=software-engineer,lead-software-engineer,software-engineering-manager,senior-technical-lead`,
		);
		await pickerShown(page);

		expect(await comparedTitles(page)).toHaveLength(4);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});

	test('overlays the chosen roles’ profiles on one chart, each in its own pattern', async () => {
		const ids = ['software-engineer', 'lead-software-engineer', 'software-engineering-manager'];
		const { page, errors } = await openPage(site.browser, `${site.url}/compare/?roles=${ids.join(',')}`);
		await pickerShown(page, ids);
		const { scores, areas } = rawProfiles(SITES.example.contentDir);
		const chart = page.locator('.picker-output figure.profile-chart');
		const svg = chart.locator('svg.profile-wide');
		const nameId = await svg.getAttribute('aria-labelledby');

		expect(await page.locator(`#${nameId}`).textContent()).toContain('Software Engineering Manager');
		const patterns = await svg.locator('g').first().locator('rect').evaluateAll((rects) => rects.map((r) => getComputedStyle(r).fill));
		expect(new Set(patterns).size).toBe(3);
		expect(await svg.locator('rect').count()).toBe(areas.length * 3);
		const figures = await chart.locator('table.profile-table tbody tr').evaluateAll((rows) =>
			rows.map((row) => [row.querySelector('th')?.textContent, [...row.querySelectorAll('td')].map((td) => Number(td.dataset['score']))]),
		);
		// The areas at least one of the roles expects something of.
		const expected = areas.map((area) => [area.name, ids.map((id) => scores(id)[area.name])]).filter(([, values]) => (values as number[]).some((value) => value > 0));
		expect(figures.sort()).toEqual(expected.sort());
		expect(errors).toEqual([]);
		await page.close();
	});

	test('without JavaScript it lists the static comparisons instead', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}/compare/`);

		expect(await page.locator('form.picker-form').isVisible()).toBe(false);
		expect(await page.locator('.comparison-links a').count()).toBeGreaterThan(0);
		await context.close();
	});

	test('each role list of the picker is wide enough for its longest role and grade at 1280 px', async () => {
		const { page } = await openPage(site.browser, `${site.url}/compare/`, { width: 1280, height: 900 });
		const fits = await page.locator('.picker-slots select').evaluateAll((selects) =>
			selects.map((select) => {
				const context = document.createElement('canvas').getContext('2d')!;
				context.font = getComputedStyle(select).font;
				const longest = Math.max(...[...(select as HTMLSelectElement).options].map((option) => context.measureText(option.text).width));
				// The arrow and the padding take about 2.5rem of the box.
				return select.clientWidth - 40 >= longest;
			}),
		);

		expect(fits.length).toBeGreaterThan(1);
		expect(fits.every(Boolean)).toBe(true);
		await page.close();
	});
});

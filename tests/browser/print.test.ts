import { describe, expect, test } from 'vitest';
import { openPage } from '../support/browser-page.ts';
import { SITES } from '../support/sites.ts';
import { useSite } from '../support/use-site.ts';

const site = useSite(SITES.example);

describe('printing a promotion pack', () => {
	test.each([
		'/roles/lead-software-engineer/',
		'/roles/senior-technical-lead/',
		'/compare/lead-software-engineer/senior-technical-lead/',
		'/competencies/system-design/',
		'/matrix/',
	])('%s prints without site chrome, with whole tables and links as text', async (path) => {
		const { page } = await openPage(site.browser, `${site.url}${path}`);
		await page.emulateMedia({ media: 'print' });

		const printed = await page.evaluate(() => {
			const hidden = (selector: string) =>
				[...document.querySelectorAll(selector)].every((el) => getComputedStyle(el).display === 'none' || !(el as HTMLElement).offsetParent);
			const regions = [...document.querySelectorAll<HTMLElement>('.scroll-region')];
			// A link in a table, or in a role's or a comparison's competency section.
			const link = document.querySelector<HTMLElement>('.sl-markdown-content :is(table, .expectation, .change) a');
			return {
				chromeHidden: ['header.header', '#starlight__sidebar', 'site-search', '.right-sidebar-container'].every(hidden),
				tablesWhole: regions.every((region) => getComputedStyle(region).overflowX === 'visible' && getComputedStyle(region).maxHeight === 'none'),
				linkLooksLikeText: link
					? getComputedStyle(link).textDecorationLine === 'none' && getComputedStyle(link).color === getComputedStyle(link.parentElement!).color
					: false,
			};
		});

		expect(printed).toEqual({ chromeHidden: true, tablesWhole: true, linkLooksLikeText: true });
		const pdf = await page.pdf({ preferCSSPageSize: true });
		expect(pdf.length).toBeGreaterThan(10_000);
		await page.close();
	});

	test.each(['/', '/tracks/management/'])('%s prints its ladder diagram whole, within the page', async (path) => {
		const { page } = await openPage(site.browser, `${site.url}${path}`);
		await page.emulateMedia({ media: 'print' });

		const printed = await page.evaluate(() => {
			const svg = document.querySelector('figure.ladder-diagram svg')!;
			const region = svg.closest<HTMLElement>('.scroll-region')!;
			return {
				regionWhole: getComputedStyle(region).overflowX === 'visible',
				fits: svg.getBoundingClientRect().right <= document.documentElement.clientWidth,
				boxes: svg.querySelectorAll('a.diagram-role rect').length > 0,
			};
		});

		expect(printed).toEqual({ regionWhole: true, fits: true, boxes: true });
		await page.close();
	});

	test.each([
		['/roles/senior-software-engineer/', 'with its target and a saved cycle', true],
		['/roles/lead-software-engineer/', 'without a target', false],
	])('the assessment of %s %s prints at most a page per ten items, plus one, on A4', async (path, _, withCycle) => {
		const { page, errors } = await openPage(site.browser, `${site.url}${path}`);
		await page.getByRole('button', { name: /Assess/ }).click();
		await page.locator('#assessment-heading').waitFor();
		if (withCycle) await page.getByRole('button', { name: /Save as this cycle/ }).click();
		else await page.locator('.assessment-target select').selectOption('');
		const items = await page.locator('section[aria-labelledby^="assessment-"] fieldset').count();
		await page.emulateMedia({ media: 'print' });

		const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;

		// Measured before the print was made compact: 43 items on 7 pages, 23 on 5; now 5 and 3.
		expect(pages, `${pages} pages for ${items} items`).toBeLessThanOrEqual(Math.ceil(items / 10) + 1);
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('printing a scorecard', () => {
	test.each(['A4', 'Letter'] as const)('fits six competencies to a portrait %s page, with no navigation or controls', async (format) => {
		for (const role of ['software-engineer', 'senior-software-engineering-manager']) {
			const { page } = await openPage(site.browser, `${site.url}/roles/${role}/scorecard/`);
			await page.emulateMedia({ media: 'print' });
			const { rows, shown } = await page.evaluate(() => ({
				rows: document.querySelectorAll('.scorecard > section:not(.scorecard-overall)').length,
				// What a printed page shows besides the card: nothing to click.
				shown: [...document.querySelectorAll('header.header, #starlight__sidebar, site-search, .right-sidebar-container, .hiring-links, main button, main input')].filter(
					(el) => getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetParent,
				).length,
			}));
			const pdf = await page.pdf({ format, preferCSSPageSize: false });
			const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
			expect(rows, role).toBeGreaterThan(6);
			expect(pages, `${role}: ${rows} competencies on ${pages} ${format} pages`).toBeLessThanOrEqual(Math.ceil(rows / 6));
			expect(shown, role).toBe(0);
			await page.close();
		}
	});
});

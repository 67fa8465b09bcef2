import { describe, expect, test } from 'vitest';
import { axeViolations, openPage } from '../support/browser-page.ts';
import { useShippedSite } from '../support/shipped-site.ts';

const site = useShippedSite();

describe('static comparisons in Chromium', () => {
	test('axe finds no violation on a comparison, with the unchanged rows shown too', async () => {
		const { page, errors } = await openPage(site.browser, `${site.url}/compare/lead-software-engineer/software-engineering-manager/`);

		await page.locator('details.unchanged > summary').click();

		expect(await page.locator('#same').isVisible()).toBe(true);
		expect(await axeViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});
});

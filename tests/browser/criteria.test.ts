import { describe, expect, test } from 'vitest';
import { axeViolations, openPage } from '../support/browser-page.ts';
import { search } from '../support/pagefind-query.ts';
import { SITES } from '../support/sites.ts';
import { useSite } from '../support/use-site.ts';

const site = useSite(SITES.framework);

describe('criteria lists in the browser', () => {
	test('a link to a criterion opens at that line and marks it', async () => {
		const { page } = await openPage(site.browser, `${site.url}/roles/backend-level-3/#writes-decision-records`, { width: 1280, height: 600 });
		const anchor = page.locator('#writes-decision-records');
		const line = page.locator('li:has(> #writes-decision-records)');

		expect(await anchor.evaluate((el) => el.matches(':target'))).toBe(true);
		expect(await line.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
		const box = await line.boundingBox();
		expect(box && box.y >= 0 && box.y < 600).toBe(true);
		await page.close();
	});

	test('examples open from the keyboard, and the open page has no axe violation', async () => {
		const { page } = await openPage(site.browser, `${site.url}/roles/backend-level-4/`, { width: 375, height: 800 });
		const examples = page.locator('li:has-text("Versions APIs") details');
		const example = examples.locator('li');

		expect(await example.isVisible()).toBe(false);
		await examples.locator('summary').focus();
		await page.keyboard.press('Enter');
		expect(await example.isVisible()).toBe(true);
		expect(await example.textContent()).toContain('Retired v1 of the orders API');
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});

	test('a printed role page shows every example, folded or not', async () => {
		const { page } = await openPage(site.browser, `${site.url}/roles/backend-level-4/`);
		const example = page.locator('li:has-text("Versions APIs") details li');

		expect(await example.isVisible()).toBe(false);
		await page.emulateMedia({ media: 'print' });
		expect(await example.isVisible()).toBe(true);
		await page.close();
	});

	test('the picker lists the criteria of each level it compares', async () => {
		const { page } = await openPage(site.browser, `${site.url}/compare/?roles=backend-level-3,backend-level-4`);
		const apis = page.locator('ladder-compare article.picker-entry[data-competency="apis"]');

		await apis.waitFor();
		const lists = await apis.locator('ul.criteria').evaluateAll((uls) => uls.map((ul) => [...ul.children].map((li) => li.textContent)));
		expect(lists).toHaveLength(2);
		expect(lists[0]).toContain("Designs a service's interface for other teams to use.");
		expect(lists[1]).toContain('Evolves interfaces without breaking their callers.');
		await page.close();
	});
});

describe('searching for a criterion', () => {
	test('finds the role page and lands on that competency’s row', async () => {
		const { page } = await openPage(site.browser, `${site.url}/`);
		const hits = await search(page, 'retires old versions on a published timeline');
		const role = hits.find((hit) => hit.url === '/roles/backend-level-4/');

		expect(role, JSON.stringify(hits.map((h) => h.url))).toBeDefined();
		expect(role?.subResults.map((s) => s.url)).toContain('/roles/backend-level-4/#apis');
		await page.close();
	});

	test('a role page’s search fragment holds a criterion’s words once, not again as an anchor', async () => {
		const { page } = await openPage(site.browser, `${site.url}/`);
		// The fragment is what the search UI loads for each result shown: its size is the cost of a result.
		const fragment: string = await page.evaluate(`(async () => {
			const pagefind = await import('/pagefind/pagefind.js');
			const response = await pagefind.search('retires old versions on a published timeline');
			const data = await Promise.all(response.results.map((r) => r.data()));
			const role = data.find((d) => d.url === '/roles/backend-level-4/');
			return JSON.stringify({ content: role.content, anchors: role.anchors });
		})()`);

		expect(fragment.match(/published timeline/gi)).toHaveLength(1);
		// The criterion stays linkable on the page (the test above); only the index leaves its anchor out.
		expect(JSON.parse(fragment).anchors.map((a: { element: string }) => a.element)).not.toContain('li');
		await page.close();
	});
});

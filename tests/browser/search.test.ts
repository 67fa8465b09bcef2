import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, openPage } from '../support/browser-page.ts';
import { launchChromium } from '../support/chromium.ts';
import { search } from '../support/pagefind-query.ts';
import { rawContent } from '../support/raw-content.ts';
import { serveSite } from '../support/serve.ts';
import { SITES } from '../support/sites.ts';

let browser: Browser;
const servers: Record<string, Awaited<ReturnType<typeof serveSite>>> = {};

beforeAll(async () => {
	browser = await launchChromium();
	servers['shipped'] = await serveSite(SITES.example.dist);
	servers['design'] = await serveSite(SITES.design.dist);
});

afterAll(async () => {
	await browser?.close();
	await Promise.all(Object.values(servers).map((server) => server.close()));
});

const homeOf = async (site: 'shipped' | 'design') => (await openPage(browser, `${servers[site]!.url}/`)).page;
const paths = (hits: { url: string }[]) => hits.map((hit) => hit.url);

/** Waits until Pagefind's UI has finished searching and says what it found. */
const searchSettled = (page: import('playwright-core').Page) =>
	page.waitForFunction(() => {
		const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
		return message !== '' && !message.startsWith('Searching');
	});

describe('search on the shipped ladder', () => {
	const roles = rawContent(SITES.example.contentDir).roles;

	test.each(roles.map((role) => [role.title, role.id]))('"%s" finds its role page first', async (title, id) => {
		const page = await homeOf('shipped');

		expect(paths(await search(page, title))[0]).toBe(`/roles/${id}/`);
		await page.close();
	});

	test('a role result says its track and grade', async () => {
		const page = await homeOf('shipped');
		const [first] = await search(page, 'Senior Technical Lead');

		expect(first?.title).toBe('Senior Technical Lead · Individual contributor, grade 6');
		expect(first?.filters).toMatchObject({ type: ['Role'], track: ['Individual contributor'], grade: ['6'] });
		await page.close();
	});

	test('a competency name finds its competency page first, saying its area, then the roles that expect it', async () => {
		const page = await homeOf('shipped');
		const hits = await search(page, 'Risk management');

		expect(hits[0]?.url).toBe('/competencies/risk-management/');
		expect(hits[0]?.title).toBe('Risk management · competency in Operational excellence');
		expect(paths(hits)).toEqual(expect.arrayContaining(['/roles/senior-software-engineering-manager/', '/roles/lead-software-engineer/']));
		await page.close();
	});

	test('"Kubernetes" finds the roles whose source descriptions name it, with a link to the row', async () => {
		const page = await homeOf('shipped');
		const hits = await search(page, 'Kubernetes');

		expect(paths(hits)).toEqual(expect.arrayContaining(['/roles/lead-software-engineer/', '/roles/senior-technical-lead/']));
		const lead = hits.find((hit) => hit.url === '/roles/lead-software-engineer/');
		expect(paths(lead?.subResults ?? [])).toContain('/roles/lead-software-engineer/#containers-and-devops');
		await page.close();
	});

	test('"hiring" ranks the Senior Software Engineering Manager above every individual-contributor role', async () => {
		const page = await homeOf('shipped');
		const found = paths(await search(page, 'hiring'));
		const manager = found.indexOf('/roles/senior-software-engineering-manager/');
		const individual = roles.filter((r) => r.track === 'individual-contributor').map((r) => found.indexOf(`/roles/${r.id}/`));

		expect(manager).toBeGreaterThanOrEqual(0);
		for (const position of individual) expect(position === -1 || position > manager).toBe(true);
		await page.close();
	});

	test('the track filter narrows the results to that track', async () => {
		const page = await homeOf('shipped');
		const all = await search(page, 'delivery');
		const management = await search(page, 'delivery', { track: 'Engineering management' });

		expect(management.length).toBeGreaterThan(0);
		expect(management.length).toBeLessThan(all.length);
		for (const hit of management) expect(hit.filters['track']).toContain('Engineering management');
		await page.close();
	});

	test.each(['C#', 'Node.js', '<script>alert(1)</script>', '"quoted" & <b>bold</b>'])(
		'the search page takes %s without failing or injecting markup',
		async (query) => {
			const { page, errors } = await openPage(browser, `${servers['shipped']!.url}/search/`);
			const input = page.locator('ladder-search input');

			await input.fill(query);
			await searchSettled(page);

			expect(await page.locator('ladder-search .pagefind-ui__results script, ladder-search .pagefind-ui__results b').count()).toBe(0);
			expect(errors).toEqual([]);
			await page.close();
		},
	);

	test('C# and Node.js find the roles that name them', async () => {
		const page = await homeOf('shipped');

		expect(paths(await search(page, 'C#'))).toContain('/roles/lead-software-engineer/');
		expect(paths(await search(page, 'Node.js'))).toContain('/roles/senior-technical-lead/');
		await page.close();
	});

	test('a query with no match says so clearly', async () => {
		const { page } = await openPage(browser, `${servers['shipped']!.url}/search/?q=zyxwvutsrq`);

		await searchSettled(page);

		expect(await page.locator('.pagefind-ui__message').textContent()).toMatch(/No results for .*zyxwvutsrq/);
		await page.close();
	});
});

describe('search on the design ladder', () => {
	test('a word found in only one role finds that role first', async () => {
		const page = await homeOf('design');

		expect(paths(await search(page, 'cartography'))[0]).toBe('/roles/senior-product-designer/');
		await page.close();
	});
});

describe('the search page', () => {
	test('offers the filters and is free of axe violations', async () => {
		const { page, errors } = await openPage(browser, `${servers['shipped']!.url}/search/?q=delivery`);
		await searchSettled(page);
		// Pagefind's UI renders its filter panel one filter at a time; a failure shows what it has.
		const filterNames = async () => (await page.locator('.pagefind-ui__filter-name').allTextContents()).map((name) => name.trim().toLowerCase());
		await expect
			.poll(async () => ({ filters: await filterNames(), message: await page.locator('.pagefind-ui__message').textContent() }), { timeout: 15_000 })
			.toMatchObject({ filters: expect.arrayContaining(['track', 'grade', 'area', 'type']) });

		expect(await axeViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('on a phone the filters stand two by two, and the first result shows on the first screen', async () => {
		const { page, errors } = await openPage(browser, `${servers['shipped']!.url}/search/?q=engineer`, { width: 390, height: 900 });
		await searchSettled(page);
		await page.locator('.pagefind-ui__result').first().waitFor();
		await expect.poll(async () => page.locator('.pagefind-ui__filter-block').count(), { timeout: 15_000 }).toBe(4);
		const layout = await page.evaluate(() => ({
			filters: document.querySelector('.pagefind-ui__filter-panel')!.getBoundingClientRect().height,
			firstResult: document.querySelector('.pagefind-ui__result')!.getBoundingClientRect().top,
			overflow: document.documentElement.scrollWidth - innerWidth,
		}));

		// One under the other, the four groups took 234 px, and the first result began at 770 px.
		expect(layout.filters).toBeLessThan(120);
		expect(layout.firstResult).toBeLessThan(900);
		expect(layout.overflow).toBeLessThanOrEqual(0);
		expect(await axeViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('a search opened from its address lists every filter, however slowly the filters load', async () => {
		// A search run before Pagefind had loaded every filter listed only those it had, and kept
		// that list: three filters of four, seen once on a busy machine. Here the filters come late.
		const { page, errors } = await openPage(browser, `${servers['shipped']!.url}/search/?q=engineer`, undefined, (page) =>
			page.route('**/pagefind/filter/**', async (route) => {
				await new Promise((resolve) => setTimeout(resolve, 1_500));
				await route.continue();
			}),
		);
		await searchSettled(page);
		await page.locator('.pagefind-ui__result').first().waitFor();

		expect((await page.locator('.pagefind-ui__filter-name').allTextContents()).map((name) => name.trim().toLowerCase()).sort()).toEqual(['area', 'grade', 'track', 'type']);
		expect(errors).toEqual([]);
		await page.close();
	});
});

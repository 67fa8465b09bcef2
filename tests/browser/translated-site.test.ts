/**
 * The design ladder's French site in a browser: search finds French pages in the French index, an
 * assessment made in French opens in English with the same ratings, and the language links go
 * from a page to the same page in the other language.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { CHANGE } from '../support/page-parts.ts';
import { search } from '../support/pagefind-query.ts';
import { SITES } from '../support/sites.ts';
import { useSite } from '../support/use-site.ts';

const site = useSite(SITES.design);
const ROLE = '/roles/design-researcher/';

/** Each item's rating by its key (ids, the same in every language). */
async function ratingsShown(page: Page): Promise<Record<string, string>> {
	return page.evaluate(() =>
		Object.fromEntries(
			[...document.querySelectorAll<HTMLFieldSetElement>('section[aria-labelledby="assessment-items"] fieldset')].flatMap((fieldset) => {
				const checked = fieldset.querySelector<HTMLInputElement>('input:checked');
				return checked ? [[fieldset.dataset['key'], checked.value]] : [];
			}),
		),
	);
}

describe('the design ladder in French, in a browser', () => {
	test('search finds French pages, from the French index', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/fr/search/`);
		const hits = await search(page, 'Savoir-faire', {}, '/fr/');
		expect(hits.map((hit) => hit.url)).toContain('/fr/competencies/visual-craft/');
		expect(hits.every((hit) => hit.url.startsWith('/fr/'))).toBe(true);
		// The original's index holds the original's words only.
		expect(await search(page, 'Savoir-faire')).toEqual([]);
		// Pagefind's own words on the search page are French too, its filters named in French.
		await page.goto(`${site.url}/fr/search/?q=Savoir-faire`);
		// Pagefind loads its index and filters first: on a busy machine, more than the poll's default second.
		await expect.poll(() => page.locator('.pagefind-ui__message').textContent(), { timeout: 15_000 }).toMatch(/^\d+ résultats? pour Savoir-faire$/);
		expect(await page.locator('.pagefind-ui__filter-name').allTextContents()).toEqual(expect.arrayContaining(['Filière', 'Échelon']));
		await page.close();
	});

	test('an assessment made in French opens in English, the same items and ratings', async () => {
		const context = await site.browser.newContext();
		const french = await context.newPage();
		await french.goto(`${site.url}/fr${ROLE}`);
		await french.getByRole('button', { name: 'M’auto-évaluer pour ce rôle' }).click();
		await french.locator('#assessment-heading').waitFor();
		const items = french.locator('section[aria-labelledby="assessment-items"] fieldset');
		await items.first().getByRole('radio', { name: 'Constamment' }).check();
		await items.nth(1).getByRole('radio', { name: 'Parfois' }).check();
		const made = await ratingsShown(french);
		expect(Object.keys(made)).toHaveLength(2);
		// The panel speaks French: its headings, its counts, its status and its chart.
		expect(await french.locator('#assessment-heading').textContent()).toBe('Votre évaluation');
		expect(await french.locator('#assessment-items').textContent()).toBe('Ce que l’on attend d’un ou d’une Chercheuse en design (études) (2)');
		expect(await french.locator('.assessment-status').textContent()).toBe('Enregistré dans ce navigateur : 2 évaluations.');
		expect(await french.locator('.assessment-standing tfoot td').last().textContent()).toBe('1 constamment, 1 parfois');
		expect(await french.locator('.assessment-where figure details summary').textContent()).toBe('Le graphique en tableau');
		// An item not yet translated is the original's, in its language, marked.
		const untranslated = items.first().locator('legend');
		expect(await untranslated.locator('[lang="en-GB"]').textContent()).toBe('Plans research programmes for a product area.');
		expect(await untranslated.locator('.translation-mark').textContent()).toBe('Pas encore traduit');

		const english = await context.newPage();
		await english.goto(`${site.url}${ROLE}`);
		const button = english.getByRole('button', { name: /Assess/ });
		await expect.poll(() => button.textContent()).toBe('Assess yourself: continue your assessment');
		await button.click();
		await english.locator('#assessment-heading').waitFor();
		expect(await ratingsShown(english)).toEqual(made);
		await context.close();
	});

	test('the picker and the team view speak French, in the words their data carries', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/fr/compare/?roles=product-designer,senior-product-designer`);
		await page.locator('.picker-output figure.profile-chart').waitFor();
		expect(await page.locator('.picker-roles').textContent()).toBe('Niveaux attendus de Product Designer et Senior Product Designer, "Platform" & Growth, compétence par compétence :');
		expect(await page.locator('.picker-output .change').locator(CHANGE.kind).allTextContents()).toContain('relevée');
		expect(await page.locator('.picker-output figure.profile-chart details summary').textContent()).toBe('Le graphique en tableau');

		await page.goto(`${site.url}/fr/team/`);
		await page.locator('#team-links').fill('https://example.com/no-assessment');
		await page.getByRole('button', { name: 'Ajouter les liens' }).click();
		expect(await page.locator('.team-refused li').textContent()).toBe(
			'Non chargé : https://example.com/no-assessment : ce n’est pas un lien de partage d’auto-évaluation (ceux-ci finissent par #assessment=…)',
		);
		await page.close();
	});

	test('the language links lead to the same page in the other language', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/fr/competencies/visual-craft/`);
		await page.locator('header .language-links').getByRole('link', { name: 'British English' }).click();
		await page.waitForURL(`${site.url}/competencies/visual-craft/`);
		expect(await page.locator('h1').textContent()).toBe('Visual craft');
		expect(await page.locator('html').getAttribute('lang')).toBe('en-GB');
		await page.close();
	});
});

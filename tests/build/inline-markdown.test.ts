import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPage } from '../support/built-pages.ts';
import { CHANGE, EXPECTATION } from '../support/page-parts.ts';
import { SITES } from '../support/sites.ts';

describe('inline Markdown in descriptors and notes, on the framework ladder', () => {
	const site = SITES.framework;

	test('renders emphasis, code and links where the descriptor is shown', () => {
		for (const path of ['/roles/backend-level-2/', '/competencies/communication/']) {
			const page = readPage(site.dist, path);
			// A role page shows a level's words in its competency's section; a competency page in a cell.
			const cell = [...page.querySelectorAll('main td'), ...[...page.querySelectorAll('main article.expectation')].flatMap((article) => [...article.querySelectorAll(EXPECTATION.words)])].find((td) => td.textContent?.includes('Writes clear updates'));

			expect(cell?.querySelector('strong')?.textContent, path).toBe('clear');
			expect(cell?.querySelector('code')?.textContent, path).toBe('README');
			expect(cell?.querySelector('a')?.getAttribute('href'), path).toBe('https://wiki.example.org');
		}
	});

	test('keeps raw HTML as text and leaves a link that would run script as its words', () => {
		const page = readPage(site.dist, '/roles/frontend-level-3/');
		const note = [...page.querySelectorAll('main .role-note')].find((td) => td.textContent?.includes('Leads accessibility'));

		expect(note?.querySelector('em')?.textContent).toBe('accessibility');
		expect(note?.textContent).toContain('<script>alert("note")</script> as text and a link that would run.');
		expect(note?.querySelector('script, a')).toBeNull();
		expect(page.querySelectorAll('a[href^="javascript:" i]').length).toBe(0);
	});

	test('the picker data gives the words without the Markdown', () => {
		const picker = readFileSync(join(site.dist, 'picker-texts.json'), 'utf8');

		expect(picker).toContain('Writes clear updates on their own work, in README files and the team wiki.');
		expect(picker).not.toContain('**clear**');
	});
});

describe('criteria lists on the framework ladder', () => {
	const site = SITES.framework;

	test('a criterion and its examples render Markdown, show raw HTML as text and drop a javascript: link', () => {
		for (const path of ['/roles/backend-level-3/', '/competencies/communication/']) {
			const page = readPage(site.dist, path);
			const items = [...page.querySelectorAll('main ul.criteria > li')];
			const hostile = items.find((li) => li.textContent?.includes('in a criterion'));
			const linked = items.find((li) => li.textContent?.includes('Treats a link that would run script'));

			expect(hostile?.textContent, path).toContain('Writes <script>alert("criterion")</script> in a criterion: it shows as text.');
			expect(linked?.querySelector('details summary')?.textContent, path).toBe('Example');
			expect(linked?.querySelector('details li')?.textContent, path).toBe('A link that would run, and </li></ul><img src=x onerror=alert("example")> as text.');
			// The only script in main is the site's own self-assessment module.
			expect(page.querySelectorAll('main script:not([type="module"][src^="/_astro/"]), main img, a[href^="javascript:" i]').length, path).toBe(0);
		}
	});

	test('examples are folded beneath their criterion, and counted', () => {
		const page = readPage(site.dist, '/roles/backend-level-4/');
		const versions = [...page.querySelectorAll('main ul.criteria > li')].find((li) => li.textContent?.startsWith('Versions APIs'));
		const decision = [...page.querySelectorAll('main ul.criteria > li')].find((li) => li.textContent?.startsWith('Presents a decision'));

		expect(versions?.querySelector('details:not([open]) > summary')?.textContent).toBe('Example');
		expect(decision?.querySelector('details > summary')?.textContent).toBe('2 examples');
		expect(decision?.querySelectorAll('details li')).toHaveLength(2);
	});

	test('a comparison tags the criteria the later role adds and drops, and not the ones both list', () => {
		const page = readPage(site.dist, '/compare/backend-level-3/backend-level-4/');
		const change = page.getElementById('change-apis');
		// The later level's words, then the earlier level's, folded.
		const to = change?.querySelector(CHANGE.words) ?? undefined;
		const from = change?.querySelector('details.change-earlier') ?? undefined;
		const tagged = (cell: Element | undefined) =>
			[...(cell?.querySelectorAll('ul.criteria > li') ?? [])].map((li) => [li.querySelector('.criterion-tag')?.textContent ?? '', li.textContent?.replace(/^(Added|Removed) /, '').slice(0, 24)]);

		expect(tagged(from)).toEqual([
			['Removed', "Designs a service's inte"],
			['Removed', 'Writes a design document'],
			['Removed', 'Makes services observabl'],
			['', "Reviews other engineers'"],
			['Removed', 'Plans the capacity a new'],
		]);
		expect(tagged(to)).toEqual([
			['Added', 'Evolves interfaces witho'],
			['', "Reviews other engineers'"],
			['Added', 'Versions APIs and retire'],
			['Added', 'Leads the review of desi'],
			['Added', 'Decides between building'],
		]);
	});
});

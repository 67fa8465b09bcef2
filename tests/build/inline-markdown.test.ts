import { describe, expect, test } from 'vitest';
import { readPage } from '../support/built-pages.ts';
import { SITES } from '../support/sites.ts';

describe('inline Markdown in descriptors and notes, on the framework ladder', () => {
	const site = SITES.framework;

	test('renders emphasis, code and links where the descriptor is shown', () => {
		for (const path of ['/roles/backend-level-2/', '/competencies/communication/']) {
			const page = readPage(site.dist, path);
			const cell = [...page.querySelectorAll('main td')].find((td) => td.textContent?.includes('Writes clear updates'));

			expect(cell?.querySelector('strong')?.textContent, path).toBe('clear');
			expect(cell?.querySelector('code')?.textContent, path).toBe('README');
			expect(cell?.querySelector('a')?.getAttribute('href'), path).toBe('https://wiki.example.org');
		}
	});

	test('keeps raw HTML as text and leaves a link that would run script as its words', () => {
		const page = readPage(site.dist, '/roles/frontend-level-3/');
		const note = [...page.querySelectorAll('main td')].find((td) => td.textContent?.includes('Leads accessibility'));

		expect(note?.querySelector('em')?.textContent).toBe('accessibility');
		expect(note?.textContent).toContain('<script>alert("note")</script> as text and a link that would run.');
		expect(note?.querySelector('script, a')).toBeNull();
		expect(page.querySelectorAll('a[href^="javascript:" i]').length).toBe(0);
	});

	test('the matrix tooltip and the picker data give the words without the Markdown', () => {
		const matrix = readPage(site.dist, '/matrix/');
		const tooltips = [...matrix.querySelectorAll('.matrix-descriptor')].map((t) => t.textContent?.trim());
		const picker = readPage(site.dist, '/compare/').querySelector('ladder-compare script[type="application/json"]')?.textContent ?? '';

		expect(tooltips).toContain('Writes clear updates on their own work, in README files and the team wiki.');
		expect(picker).toContain('Writes clear updates on their own work, in README files and the team wiki.');
		expect(picker).not.toContain('**clear**');
	});
});

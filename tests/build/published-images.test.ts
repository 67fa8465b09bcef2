/**
 * An image a body shows is published byte for byte under `/_astro/`; an SVG among them is a page of
 * the site when opened at its own address. Read back from the hostile ladder's build: the guide's
 * SVG is published, shown by the page, and is a picture only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { svgProblems } from '../../src/model/files/svg-image.ts';
import { readPage } from '../support/built-pages.ts';
import { SITES } from '../support/sites.ts';

test('every SVG the build publishes is a picture only, and the page that shows it points at it', () => {
	const { dist, contentDir } = SITES.hostile;
	const published = readdirSync(join(dist, '_astro')).filter((name) => name.endsWith('.svg'));
	const shown = [...readPage(dist, '/guides/hostile-guide/').querySelectorAll('main img')].map((img) => img.getAttribute('src') ?? '');

	// Astro publishes the original and the image service's copy: both are the file as written.
	expect(published.length).toBeGreaterThan(0);
	expect(shown).toHaveLength(1);
	expect(published.map((name) => `/_astro/${name}`)).toContain(shown[0]);
	for (const name of published) {
		const bytes = readFileSync(join(dist, '_astro', name), 'utf8');
		expect(svgProblems(bytes), name).toEqual([]);
		expect(bytes, name).toBe(readFileSync(join(contentDir, 'docs', 'picture.svg'), 'utf8'));
	}
});

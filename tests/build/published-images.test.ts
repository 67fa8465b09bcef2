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

	expect(published).toHaveLength(1);
	expect(shown).toEqual([`/_astro/${published[0]}`]);
	for (const name of published) expect(svgProblems(readFileSync(join(dist, '_astro', name), 'utf8')), name).toEqual([]);
	expect(readFileSync(join(dist, '_astro', published[0]!), 'utf8')).toBe(readFileSync(join(contentDir, 'docs', 'picture.svg'), 'utf8'));
});

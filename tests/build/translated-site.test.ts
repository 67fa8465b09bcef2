/**
 * The design ladder (accented names, a release, an original edited since) in French, read back from
 * the built site: every page type under /fr/, in French where translated, the original in its own
 * language and marked where not, the stale field with the original's words since, the orphan
 * nowhere, the exports by the same ids, and each page linked to itself in the other language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { builtPagePaths, mainText, readPage } from '../support/built-pages.ts';
import { siteLanguages } from '../support/raw-content.ts';
import { SITES } from '../support/sites.ts';

const site = SITES.design;
const read = (path: string) => readFileSync(join(site.dist, path), 'utf8');
const json = (path: string) => JSON.parse(read(path));

describe.runIf(process.env['LADDER_TEST_SITES'] === undefined || process.env['LADDER_TEST_SITES'].split(',').includes('design'))('the design ladder in French', () => {
	test('the ladder names its translation, and every page and file of the site is built under /fr/ too', () => {
		expect(siteLanguages(site.contentDir)).toMatchObject({ original: 'en-GB', translations: ['fr'] });
		const original = builtPagePaths(site.dist).filter((path) => !path.startsWith('/fr/'));
		expect(original.length).toBeGreaterThan(20);
		for (const path of original) expect(builtPagePaths(site.dist), path).toContain(`/fr${path}`);
		for (const file of ['ladder.json', 'matrix.csv', 'ladder.xlsx', 'assessment-data.json', 'changes.xml', 'sitemap-0.xml']) {
			expect(() => read(`fr/${file}`), file).not.toThrow();
		}
	});

	test('a translated text is shown in French, with no mark', () => {
		const page = readPage(site.dist, '/fr/competencies/visual-craft/');
		expect(page.querySelector('h1')?.textContent).toBe('Savoir-faire visuel');
		const capable = page.querySelector('#level-capable td')!;
		expect(capable.textContent).toContain('Compose des écrans clairs à partir du système de design.');
		expect(capable.querySelector('.translation-mark')).toBeNull();
		expect(capable.querySelector('[lang]')).toBeNull();
		expect(readPage(site.dist, '/fr/').documentElement.getAttribute('lang')).toBe('fr');
	});

	test('a text not yet translated is the original, in its own language, marked "not yet translated" in French', () => {
		const cell = readPage(site.dist, '/fr/competencies/visual-craft/').querySelector('#level-accomplished td')!;
		expect(cell.querySelector('[lang="en-GB"]')?.textContent).toBe('Extends the design system with new patterns.');
		expect(cell.querySelector('.translation-mark')?.textContent).toBe('Pas encore traduit');

		const role = readPage(site.dist, '/fr/roles/product-designer/');
		const summary = role.querySelector('.role-summary')!;
		expect(summary.getAttribute('lang')).toBe('en-GB');
		expect(summary.querySelector('.translation-mark')?.textContent).toBe('Pas encore traduit');
	});

	test('the home page and the scale mark what is not translated, and only that', () => {
		const home = readPage(site.dist, '/fr/');
		expect(home.querySelector('.ladder-description')?.textContent).toContain('Comment les designers et les chercheurs progressent');
		expect(home.querySelector('.ladder-description')?.getAttribute('lang')).toBeNull();
		expect(home.querySelector('#level-capable td')?.textContent).toContain('Travaille en autonomie.');
		expect(home.querySelector('#level-capable .translation-mark')).toBeNull();
		const accomplished = home.querySelector('#level-accomplished td')!;
		expect(accomplished.querySelector('[lang="en-GB"]')?.textContent).toContain('A reference for others.');
		expect(accomplished.querySelector('.translation-mark')?.textContent).toBe('Pas encore traduit');
		// The original's pages have no mark at all.
		expect(readPage(site.dist, '/').querySelector('.translation-mark')).toBeNull();
		expect(readPage(site.dist, '/competencies/visual-craft/').querySelector('.translation-mark')).toBeNull();
	});

	test('a text whose original changed since its release says so, and opens the original’s words since', () => {
		const cell = readPage(site.dist, '/fr/competencies/visual-craft/').querySelector('#level-novice td')!;
		expect(cell.textContent).toContain('Suit le système de design, une fois.');
		const stale = cell.querySelector('details.translation-stale')!;
		expect(stale.querySelector('summary')?.textContent).toBe('L’original a changé depuis cette traduction');
		expect(stale.querySelector('[lang="en-GB"] del')?.textContent).toBe(' <script>alert("release")</script>, once');
		expect(stale.querySelector('[lang="en-GB"]')?.textContent?.replace(/\s+/g, ' ')).toContain('Follows the design system <script>alert("release")</script>, once.');
		expect(mainText(readPage(site.dist, '/fr/competencies/visual-craft/'))).toContain('Depuis v1, l’original dit :');
	});

	test('a role body is in French where translated, and the original, marked, where not', () => {
		const translated = readPage(site.dist, '/fr/roles/design-researcher/');
		expect(mainText(translated)).toContain('Apprend des utilisateurs chaque semaine.');
		expect(mainText(translated)).not.toContain('Learns from users every week.');
		expect(translated.querySelector('.role-note')?.textContent).toContain('Mène un programme de découverte continu.');
		expect(translated.querySelector('.role-note .translation-mark')).toBeNull();

		const original = readPage(site.dist, '/fr/roles/product-designer/').querySelector('.role-body [lang="en-GB"], .role-body[lang="en-GB"]');
		expect(original).not.toBeNull();
	});

	test('the site’s own words are in French on the French reading pages, every part of them filled in, in both languages', () => {
		const role = readPage(site.dist, '/fr/roles/design-researcher/');
		expect([...role.querySelectorAll('main h2')].map((h2) => h2.textContent)).toEqual(expect.arrayContaining(['En bref', 'Attentes', 'Parcours']));
		expect(mainText(role)).toContain('Ce que l’on attend de façon constante d’un ou d’une Chercheuse en design (études), compétence par compétence.');
		expect(mainText(readPage(site.dist, '/roles/design-researcher/'))).toContain('What a Design Researcher (études) is expected to show consistently');
		expect(role.querySelector('.level-badge small')?.textContent).toMatch(/^niveau \d sur 4$/);
		const comparison = readPage(site.dist, '/fr/compare/product-designer/senior-product-designer/');
		expect(comparison.querySelector('h1')?.textContent).toBe('De Product Designer à Senior Product Designer, "Platform" & Growth');
		expect(mainText(comparison)).toContain('Attentes : 3 relevées, 1 nouvelle attente.');
		expect(mainText(readPage(site.dist, '/compare/product-designer/senior-product-designer/'))).toContain('Expectations: 3 raised, 1 newly expected.');
		for (const path of builtPagePaths(site.dist)) {
			const page = readPage(site.dist, path);
			expect(`${mainText(page)} ${page.querySelector('meta[name="description"]')?.getAttribute('content') ?? ''}`, path).not.toMatch(/\{[a-z][\w-]*\}/);
		}
	});

	test('the history, the feed, search, the picker, the team view and the assessment’s data speak French; the history’s names are the original’s, marked', () => {
		const changes = readPage(site.dist, '/fr/changes/');
		expect(changes.querySelector('h1')?.textContent).toBe('Ce qui a changé');
		expect(changes.querySelector('#unreleased')?.textContent).toBe('Non publié');
		expect(mainText(changes)).toContain('Pas encore publiée ; changements depuis v1.');
		expect(mainText(changes)).toContain('La première version : 4 rôles, 4 compétences.');
		const raised = changes.querySelector('[data-change="raised"]')!;
		expect(raised.textContent).toContain('relevée');
		expect(raised.querySelector('[lang="en-GB"]')?.textContent).toBe('Visual craft');
		expect(readPage(site.dist, '/changes/').querySelector('[data-change="raised"] [lang]')).toBeNull();
		expect(read('fr/changes.xml')).toContain('<title>Progression de la guilde design : versions</title>');
		expect(read('fr/changes.xml')).toContain('La première version : 4 rôles, 4 compétences.');

		const filters = [...readPage(site.dist, '/fr/roles/product-designer/').querySelectorAll('[data-pagefind-filter]')].map((span) => [span.getAttribute('data-pagefind-filter'), span.textContent]);
		expect(filters).toEqual([
			['Sorte', 'Rôle'],
			['Filière', 'Design produit'],
			['Échelon', '1'],
		]);
		expect(readPage(site.dist, '/fr/roles/product-designer/').querySelector('[data-pagefind-meta="title"]')?.textContent).toBe('Product Designer · Design produit, échelon 1');
		expect(readPage(site.dist, '/fr/search/').querySelector('h1')?.textContent).toBe('Rechercher');
		expect(readPage(site.dist, '/fr/compare/').querySelector('legend')?.textContent).toBe('Choisissez de 2 à 4 rôles');
		expect(readPage(site.dist, '/fr/team/').querySelector('.team-table caption')?.textContent).toMatch(/^Une ligne par personne/);
		const hiring = readPage(site.dist, '/fr/roles/product-designer/hiring/');
		expect([...hiring.querySelectorAll('main h2')].map((h2) => h2.textContent)).toEqual(['L’annonce', 'Le plan d’entretien']);
		expect(hiring.querySelector('.job-ad-place')?.textContent).toBe('Un rôle d’échelon 1 dans la filière Design produit.');
		// The ad's texts not yet translated are the original's, marked; the kit's release line is French.
		expect(hiring.querySelector('.job-ad-summary [lang="en-GB"]')?.textContent).toBe('Designs complete product flows within one squad.');
		expect(hiring.querySelector('.job-ad-summary .translation-mark')?.textContent).toBe('Pas encore traduit');
		const duties = [...hiring.querySelectorAll('.job-ad-duties li span')].map((span) => [span.textContent, span.getAttribute('lang')]);
		expect(duties).toContainEqual(['Compose des écrans clairs à partir du système de design.', null]);
		expect(duties).toContainEqual(['Designs complete flows.', 'en-GB']);
		expect(hiring.querySelector('.job-ad-body')?.getAttribute('lang')).toBe('en-GB');
		expect(hiring.querySelector('.kit-version')?.textContent).toMatch(/^Tiré de Progression de la guilde design, changements non publiés depuis la version v1 du 2026-06-01\. Kit /);
		expect(readPage(site.dist, '/roles/product-designer/hiring/').querySelector('.kit-version')?.textContent).toMatch(/^From the Design Guild Progression, unreleased changes since release v1 of 2026-06-01\. Kit /);
		expect(readPage(site.dist, '/fr/roles/product-designer/scorecard/').querySelector('.scorecard-overall h2')?.textContent).toBe('Recommandation globale');
		expect(read('fr/roles/product-designer/interview-kit.md')).toMatch(/^# Kit d’entretien : Product Designer\n/);
		expect(read('roles/product-designer/interview-kit.md')).toMatch(/^# Interview kit: Product Designer\n/);
		expect(json('fr/assessment-data.json').words['assessment.heading.own']).toBe('Votre évaluation');
		expect(json('assessment-data.json').words['assessment.heading.own']).toBe('Your assessment');
	});

	test('a name not yet translated is in the original’s language wherever it is shown: the sidebar, the matrix, the lists, the assessment’s items', () => {
		const home = readPage(site.dist, '/fr/');
		const sidebarLink = (path: string) => home.querySelector(`nav a[href="${path}"]`);
		expect(sidebarLink('/fr/roles/product-designer/')?.getAttribute('lang')).toBe('en-GB');
		expect(sidebarLink('/fr/roles/design-researcher/')?.getAttribute('lang')).toBeNull();
		const matrix = readPage(site.dist, '/fr/matrix/');
		expect(matrix.querySelector('.matrix-roles a[href="/fr/roles/product-designer/"]')?.getAttribute('lang')).toBe('en-GB');
		expect(matrix.querySelector('.matrix-roles a[href="/fr/roles/design-researcher/"]')?.getAttribute('lang')).toBeNull();
		expect(matrix.querySelector('a[href="/fr/competencies/visual-craft/"]')?.textContent).toBe('Savoir-faire visuel');
		expect(matrix.querySelector('a[href="/fr/competencies/visual-craft/"]')?.getAttribute('lang')).toBeNull();
		expect(home.querySelector('.track-card a[href="/fr/roles/product-designer/"]')?.getAttribute('lang')).toBe('en-GB');
		// None of it in the original.
		expect(readPage(site.dist, '/matrix/').querySelector('.matrix [lang]')).toBeNull();

		const items = (data: { competencies: Record<string, { levels: Record<string, { text: string; lang?: string }[]> }> }, id: string, level: string) => data.competencies[id]!.levels[level]!;
		const french = json('fr/assessment-data.json');
		expect(items(french, 'user-research', 'accomplished')[0]).toMatchObject({ text: 'Plans research programmes for a product area.', lang: 'en-GB' });
		expect(items(french, 'visual-craft', 'capable')[0]).toEqual({ key: 'visual-craft/capable', text: 'Compose des écrans clairs à partir du système de design.' });
		expect(JSON.stringify(json('assessment-data.json'))).not.toContain('"lang"');
	});

	test('an orphaned entry is shown nowhere', () => {
		for (const path of builtPagePaths(site.dist).filter((each) => each.startsWith('/fr/'))) {
			expect(read(`${path.slice(1)}${path.endsWith('.html') ? '' : 'index.html'}`), path).not.toContain('Compétence retirée');
		}
		expect(read('fr/ladder.json')).not.toContain('Compétence retirée');
	});

	test('the exports are in French, by the same ids', () => {
		const [original, french] = [json('ladder.json'), json('fr/ladder.json')];
		expect(french.name).toBe('Progression de la guilde design');
		const ids = (ladder: { roles: { id: string }[]; competencies: { id: string }[]; levels: { id: string }[] }) => [ladder.roles, ladder.competencies, ladder.levels].map((list) => list.map((item) => item.id));
		expect(ids(french)).toEqual(ids(original));
		expect(french.release).toBe(original.release);
		expect(french.competencies.find((c: { id: string }) => c.id === 'visual-craft').name).toBe('Savoir-faire visuel');

		const rows = parse(read('fr/matrix.csv'), { columns: true }) as Record<string, string>[];
		expect(rows.some((row) => Object.values(row).includes('Savoir-faire visuel'))).toBe(true);
		// An assessment names the ladder by the original's name, in whichever language it is made.
		expect(json('fr/assessment-data.json').ladder).toBe(json('assessment-data.json').ladder);
	});

	test('each page links to itself in the other language, each language named in itself', () => {
		const links = (path: string) =>
			[...readPage(site.dist, path).querySelectorAll('header .language-links a')].map((a) => [a.getAttribute('href'), a.getAttribute('lang'), a.textContent, a.getAttribute('aria-current')]);
		expect(links('/roles/design-researcher/')).toEqual([
			['/roles/design-researcher/', 'en-GB', 'British English', 'page'],
			['/fr/roles/design-researcher/', 'fr', 'Français', null],
		]);
		expect(links('/fr/competencies/')).toEqual([
			['/competencies/', 'en-GB', 'British English', null],
			['/fr/competencies/', 'fr', 'Français', 'page'],
		]);
		expect(links('/fr/404.html').map(([href]) => href)).toEqual(['/', '/fr/']);
	});
});

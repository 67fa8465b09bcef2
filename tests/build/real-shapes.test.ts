/**
 * The shapes of real frameworks, read back from the built framework ladder: a competency that
 * names its levels itself, a track that numbers them its own way, a role without a summary, a
 * `next` into another track and a role's own note, on every page and export that shows them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { fold, readPage } from '../support/built-pages.ts';
import { CHANGE, EXPECTATION } from '../support/page-parts.ts';
import { SITES } from '../support/sites.ts';

const dist = SITES.framework.dist;
const readJson = (file: string) => JSON.parse(readFileSync(join(dist, file), 'utf8'));
/** The level shown in a role page's section of one competency. */
const levelOnRolePage = (roleId: string, competencyId: string) =>
	fold(readPage(dist, `/roles/${roleId}/`).querySelector(`article.expectation:has(#${competencyId})`)?.querySelector(EXPECTATION.level)?.textContent);

describe('level names of the framework ladder', () => {
	test('a competency’s own name for a level comes first, then its track’s, then the scale’s; the rank stays', () => {
		expect(levelOnRolePage('manager-level-4', 'people-development')).toBe('Expected level: Manages level 4 of 6');
		expect(levelOnRolePage('manager-level-4', 'hiring')).toBe('Expected level: M1 level 4 of 6');
		expect(levelOnRolePage('manager-level-5', 'people-development')).toBe('Expected level: Coordinates level 5 of 6');
		expect(levelOnRolePage('backend-level-4', 'apis')).toBe('Expected level: Level 4 level 4 of 6');
	});

	test('the competency page, the matrix and the track page use the same names', () => {
		const competency = readPage(dist, '/competencies/people-development/');
		expect([...competency.querySelectorAll('.level-badge > span')].map((label) => label.textContent)).toEqual(expect.arrayContaining(['Mentors', 'Manages', 'Coordinates', 'Level 6']));

		const matrix = readPage(dist, '/matrix/management/');
		const row = [...matrix.querySelectorAll('table.matrix tbody tr')].find((tr) => tr.querySelector('th')?.textContent?.includes('People development'));
		expect(fold(row?.textContent)).toContain('Manages');
		expect(fold(row?.textContent)).toContain('Coordinates');

		expect(fold(readPage(dist, '/tracks/management/').querySelector('main')?.textContent)).toContain('Manages → Coordinates');
	});

	test('a role’s profile chart names the scale’s levels as its track does', () => {
		const key = (path: string) => fold(readPage(dist, path).querySelector('.profile-scale-key')?.textContent);
		expect(key('/roles/manager-level-5/')).toBe('Levels: 1 Level 1, 2 Level 2, 3 Level 3, 4 M1, 5 M2, 6 Level 6.');
		expect(key('/roles/backend-level-4/')).toContain('4 Level 4, 5 Level 5');
		expect(key('/compare/manager-level-4/manager-level-5/')).toContain('4 M1, 5 M2');
		expect(key('/compare/backend-level-3/manager-level-4/')).toContain('4 Level 4, 5 Level 5');
	});

	test('a comparison across tracks names each side’s level as that side does', () => {
		const page = readPage(dist, '/compare/backend-level-3/manager-level-4/');
		const hiring = page.querySelector('#change-people-development');
		expect(fold(hiring?.querySelector(CHANGE.side('later'))?.textContent)).toContain('Manages');
	});

	test('/ladder.json carries labels and levelLabels; the assessment and the picker get the names', () => {
		const ladder = readJson('ladder.json');
		expect(ladder.tracks.find((t: { id: string }) => t.id === 'management').levelLabels).toEqual({ 'level-4': 'M1', 'level-5': 'M2' });
		expect(ladder.tracks.find((t: { id: string }) => t.id === 'backend').levelLabels).toBeUndefined();
		expect(ladder.competencies.find((c: { id: string }) => c.id === 'people-development').labels).toEqual({ 'level-3': 'Mentors', 'level-4': 'Manages', 'level-5': 'Coordinates' });

		const assessment = readJson('assessment-data.json');
		expect(assessment.roles['manager-level-4'].levelNames['people-development']).toBe('Manages');
		expect(assessment.roles['manager-level-4'].levelNames['hiring']).toBe('M1');
		expect(assessment.roles['backend-level-4'].levelNames).toEqual({});

		const picker = JSON.parse(readPage(dist, '/compare/').querySelector('ladder-compare script[type="application/json"]')?.textContent ?? '{}');
		const manager = picker.tracks.flatMap((track: { roles: unknown[] }) => track.roles).find((role: { id: string }) => role.id === 'manager-level-4');
		expect(manager.levelNames['people-development']).toBe('Manages');
	});
});

describe('groups of tracks', () => {
	test('the home page lists each group under its name, with its tracks and how many roles they have', () => {
		const home = readPage(dist, '/');
		const groups = [...home.querySelectorAll('section.track-group')].map((section) => [
			fold(section.querySelector('h2')?.textContent),
			fold(section.querySelector('.track-group-size')?.textContent),
			[...section.querySelectorAll('.track-card h3')].map((heading) => fold(heading.textContent)),
		]);
		expect(groups).toEqual([
			['Building software', '2 tracks, 8 roles', ['Backend engineering', 'Frontend engineering']],
			['Leading people', '1 track, 2 roles', ['Engineering management']],
		]);
	});

	test('the sidebar lists the groups, each folded, with their tracks inside', () => {
		const page = readPage(dist, '/competencies/');
		const groups = [...page.querySelectorAll('#starlight__sidebar details')].filter((details) => ['Building software', 'Leading people'].includes(fold(details.querySelector('summary')?.textContent)));
		expect(groups.map((details) => fold(details.querySelector('summary')?.textContent))).toEqual(['Building software', 'Leading people']);
		expect(fold(groups[0]?.textContent)).toContain('Backend engineering');
		expect(groups.every((details) => !details.hasAttribute('open'))).toBe(true);
	});

	test('/ladder.json carries the groups and each track’s group; role and track pages can be searched by group', () => {
		const ladder = readJson('ladder.json');
		expect(ladder.groups).toEqual([
			{ id: 'building', name: 'Building software', description: 'The individual contributors who build the product.', tracks: ['backend', 'frontend'] },
			{ id: 'leading', name: 'Leading people', tracks: ['management'] },
		]);
		expect(ladder.tracks.map((track: { id: string; group?: string }) => [track.id, track.group])).toEqual([
			['backend', 'building'],
			['frontend', 'building'],
			['management', 'leading'],
		]);
		const filter = (path: string) => readPage(dist, path).querySelector('[data-pagefind-filter="group"]')?.textContent;
		expect(filter('/roles/manager-level-4/')).toBe('Leading people');
		expect(filter('/tracks/backend/')).toBe('Building software');
	});
});

describe('a role shared by tracks', () => {
	// `roles/trainee.mdx` has `tracks: [backend, frontend]`: the grade both specialities start from.
	const diagramBoxes = (path: string) => [...readPage(dist, path).querySelectorAll('figure.ladder-diagram a.diagram-role')].map((a) => a.getAttribute('data-role'));

	test('its page names every track it belongs to, and the sidebar lists it once, under the first', () => {
		const page = readPage(dist, '/roles/trainee/');
		const tracks = [...page.querySelectorAll('.role-facts div')].find((fact) => fold(fact.querySelector('dt')?.textContent) === 'Tracks');
		expect([...(tracks?.querySelectorAll('dd a') ?? [])].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
			['Backend engineering', '/tracks/backend/'],
			['Frontend engineering', '/tracks/frontend/'],
		]);
		const sidebar = [...page.querySelectorAll('#starlight__sidebar details')].filter((details) => ['Backend engineering', 'Frontend engineering'].includes(fold(details.querySelector('summary')?.textContent)));
		expect(sidebar.map((details) => details.querySelectorAll('a[href="/roles/trainee/"]').length)).toEqual([1, 0]);
	});

	test('it heads each of its tracks: on the home page, in the diagram (with a step up each), on each track page and in each track’s matrix', () => {
		const home = readPage(dist, '/');
		const cards = [...home.querySelectorAll('.track-card')].filter((card) => /Backend|Frontend/.test(card.querySelector('h3')?.textContent ?? ''));
		expect(cards.map((card) => fold(card.querySelector('li a')?.textContent))).toEqual(['Trainee engineer', 'Trainee engineer']);
		expect(diagramBoxes('/').filter((id) => id === 'trainee')).toHaveLength(2);
		const arrows = [...home.querySelectorAll('path.diagram-arrow')].map((path) => `${path.getAttribute('data-from')}>${path.getAttribute('data-to')}`);
		expect(arrows).toEqual(expect.arrayContaining(['trainee>backend-level-1', 'trainee>frontend-level-1']));
		for (const track of ['backend', 'frontend']) {
			expect(diagramBoxes(`/tracks/${track}/`), track).toContain('trainee');
			expect(fold(readPage(dist, `/tracks/${track}/`).querySelector('main')?.textContent), track).toContain('Trainee engineer');
			expect(readPage(dist, `/matrix/${track}/`).querySelectorAll('table thead a[href="/roles/trainee/"]'), track).toHaveLength(1);
		}
		expect(diagramBoxes('/tracks/management/')).not.toContain('trainee');
	});

	test('it is one column of the whole matrix, one page in search under both tracks, and one role in every export', () => {
		expect(readPage(dist, '/matrix/').querySelectorAll('table thead a[href="/roles/trainee/"]')).toHaveLength(1);
		const filters = [...readPage(dist, '/roles/trainee/').querySelectorAll('[data-pagefind-filter="track"]')].map((tag) => tag.textContent);
		expect(filters).toEqual(['Backend engineering', 'Frontend engineering']);
		const ladder = readJson('ladder.json');
		expect(ladder.roles.filter((role: { id: string }) => role.id === 'trainee')).toMatchObject([{ track: 'backend', tracks: ['backend', 'frontend'], next: ['backend-level-1', 'frontend-level-1'] }]);
		expect(ladder.tracks.filter((track: { roles: string[] }) => track.roles.includes('trainee')).map((track: { id: string }) => track.id)).toEqual(['backend', 'frontend']);
		expect(ladder.roles.find((role: { id: string }) => role.id === 'backend-level-1').tracks).toBeUndefined();
		const rows: string[][] = parse(readFileSync(join(dist, 'matrix.csv'), 'utf8').replace(/^\uFEFF/, ''));
		const column = rows[1]!.indexOf('trainee');
		expect(rows[1]!.filter((id) => id === 'trainee')).toHaveLength(1);
		expect(rows[2]![column]).toBe('backend\nfrontend');
	});
});

describe('a link to a file the site publishes', () => {
	test('a guide’s link to the image it shows, and to a PDF, leads to the file’s published copy, byte for byte', () => {
		const guide = readPage(dist, '/guides/self-review/');
		const links = [...guide.querySelectorAll('main .sl-markdown-content a')].map((a) => a.getAttribute('href') ?? '');
		expect(links).toEqual(['/files/docs/charts/template.png', '/files/docs/charts/self-review-form.pdf']);
		for (const link of links) {
			expect(readFileSync(join(dist, link)), link).toEqual(readFileSync(join(SITES.framework.contentDir, link.replace('/files/', ''))));
		}
		// The image it shows is Astro's, as any image a body shows.
		expect(guide.querySelector('main img')?.getAttribute('src')).toMatch(/^\/_astro\/template\./);
		// Only what a text links to is published: `draft.png` beside them is not.
		expect(readdirSync(join(dist, 'files', 'docs', 'charts')).sort()).toEqual(['self-review-form.pdf', 'template.png']);
	});
});

describe('descriptions', () => {
	test('render their Markdown on the page, and read as plain text where a page describes itself', () => {
		const home = readPage(dist, '/');
		const link = home.querySelector('.ladder-description a');
		expect(link?.getAttribute('href')).toBe('https://framework.example/engineering');
		expect(link?.textContent).toBe('company-wide framework');
		expect(home.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
			'An engineering framework written as topics by level, ported as it is from the company-wide framework.',
		);
		const track = readPage(dist, '/tracks/management/');
		expect(track.querySelector('main strong')?.textContent).toBe('not');
		expect(track.querySelector('meta[name="description"]')?.getAttribute('content')).toBe('People managers of engineering teams, not tech leads.');
	});

	test('a track’s description keeps its paragraphs and lists where shown in full, and gives its first paragraph on a card', () => {
		const track = readPage(dist, '/tracks/management/').querySelector('.track-description');
		expect([...(track?.querySelectorAll('p') ?? [])].map((p) => fold(p.textContent))).toEqual(['People managers of engineering teams, not tech leads.', 'In this role, you will:']);
		expect([...(track?.querySelectorAll('ul li') ?? [])].map((li) => fold(li.textContent))).toEqual(['grow the people of one or more teams', "run the team's hiring"]);
		const card = readPage(dist, '/').querySelector('#track-management')?.closest('.track-card');
		expect(fold(card?.querySelector('p')?.textContent)).toBe('People managers of engineering teams, not tech leads.');
		expect(card?.querySelector('ul')).toBeNull();
	});
});

describe('links between the framework’s files', () => {
	test('lead to the pages of the files they name, from a body and from a description', () => {
		const role = readPage(dist, '/roles/backend-level-3/');
		const links = [...role.querySelectorAll('.role-body a, main .sl-markdown-content > p a')].map((a) => a.getAttribute('href'));
		expect(links).toEqual(expect.arrayContaining(['/roles/backend-level-4/#apis', '/competencies/apis/#level-level-4']));

		const competency = readPage(dist, '/competencies/apis/');
		expect(competency.querySelector('.role-summary a')?.getAttribute('href')).toBe('/roles/manager-level-4/#hiring');
		expect(readJson('ladder.json').competencies.find((c: { id: string }) => c.id === 'apis').description).toContain('(/roles/manager-level-4/#hiring)');
	});
});

describe('a role without a summary', () => {
	test('has none shown and none made up, and its page still describes itself to search engines', () => {
		const page = readPage(dist, '/roles/manager-level-4/');
		expect(page.querySelector('.role-summary')).toBeNull();
		expect(page.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
			'What a Level 4, manager is expected to show on the Framework Ladder, competency by competency.',
		);
		expect(readJson('ladder.json').roles.find((r: { id: string }) => r.id === 'manager-level-4')).not.toHaveProperty('summary');
	});
});

describe('a role’s note on its level', () => {
	const NOTE = 'Owns the hiring plan of every team they manage.';

	test('appears wherever that expectation does: comparison, track page, assessment, picker, CSV and JSON', () => {
		const comparison = readPage(dist, '/compare/manager-level-4/manager-level-5/');
		expect(fold(comparison.querySelector('#change-hiring .role-note')?.textContent)).toBe(`For Level 5, manager: ${NOTE}`);

		expect(fold(readPage(dist, '/tracks/management/').querySelector('main')?.textContent)).toContain(`For Level 5, manager: ${NOTE}`);

		expect(readJson('assessment-data.json').roles['manager-level-5'].notes).toEqual({ hiring: NOTE });
		expect(readJson('picker-texts.json').notes['manager-level-5']).toEqual({ hiring: NOTE });

		const rows = parse(readFileSync(join(dist, 'matrix.csv'), 'utf8').replace(/^\uFEFF/, '')) as string[][];
		const column = rows[1]!.indexOf('manager-level-5');
		expect(rows.find((row) => row[1] === 'hiring')![column]).toBe(`Level 5\n${NOTE}`);

		const role = readJson('ladder.json').roles.find((r: { id: string }) => r.id === 'manager-level-5');
		expect(role.expectations.find((e: { competency: string }) => e.competency === 'hiring')).toEqual({ competency: 'hiring', level: 'level-5', note: NOTE });
	});
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHANGE_LABELS } from '../../src/views/shared/change-labels.ts';
import { fold, mainText, readPage } from '../support/built-pages.ts';
import { EXPECTATION } from '../support/page-parts.ts';
import { rawContent } from '../support/raw-content.ts';
import { readable } from '../support/readable.ts';
import { expectAnchoredCriteria, expectedLevel, shownLevel } from '../support/shown-level.ts';
import { ALL_SITES, SITES } from '../support/sites.ts';

describe.each(ALL_SITES)('the built $name ladder', (site) => {
	test('is a production build, as a deployment would be, even when a test runs the build', () => {
		const home = readPage(site.dist, '/');

		// A development build puts a "production builds only" notice where the search goes.
		expect(home.getElementById('starlight__search')).not.toBeNull();
		// The review's page is the dev server's only (tests/dev/dev-server.test.ts serves it).
		expect(existsSync(join(site.dist, 'review'))).toBe(false);
	});

	const content = rawContent(site.contentDir);

	test('the home page’s scale has a column of what each level means only where the ladder says it', () => {
		const home = readPage(site.dist, '/');
		const described = content.ladder.levels.some((level) => level.description);
		expect([...home.querySelectorAll('table.level-scale thead th')].map((th) => th.textContent)).toEqual(described ? ['Level', 'What it means'] : ['Level']);
		expect(home.querySelectorAll('table.level-scale tbody td')).toHaveLength(described ? content.ladder.levels.length : 0);
	});

	test('the home page names the ladder and links every role under its track', () => {
		const home = readPage(site.dist, '/');

		expect(fold(home.querySelector('h1')?.textContent)).toBe(content.ladder.name);
		for (const track of content.ladder.tracks) {
			const section = home.querySelector(`section[aria-labelledby="track-${track.id}"]`);
			// A role several tracks share is under each of them.
			const roleIds = content.roles.filter((r) => r.tracks.includes(track.id)).map((r) => r.id);
			const linked = [...(section?.querySelectorAll('ol a') ?? [])].map((a) => a.getAttribute('href'));
			expect(linked.sort()).toEqual(roleIds.map((id) => `/roles/${id}/`).sort());
		}
	});

	test('the home page lists the roles of each track in grade order', () => {
		const home = readPage(site.dist, '/');

		for (const track of content.ladder.tracks) {
			const grades = [...home.querySelectorAll(`section[aria-labelledby="track-${track.id}"] ol > li`)].map((li) =>
				Number(/grade (\d+)/.exec(li.textContent ?? '')?.[1]),
			);
			expect(grades).toEqual([...grades].sort((a, b) => a - b));
		}
	});

	test('every role has a page with its title, summary and facts', () => {
		for (const role of content.roles) {
			const page = readPage(site.dist, `/roles/${role.id}/`);
			const text = mainText(page);

			expect(fold(page.querySelector('h1')?.textContent)).toBe(role.title);
			for (const fact of [role.summary, role.scope, role.experience, role.education]) {
				if (fact) expect(text).toContain(fold(fact));
			}
		}
	});

	test('every expectation appears in its own anchored section with the right level, descriptor and note, and in the summary', () => {
		for (const role of content.roles) {
			const page = readPage(site.dist, `/roles/${role.id}/`);
			const sections = page.querySelectorAll('article.expectation');
			const summary = [...page.querySelectorAll('table.expectations-summary th[scope="row"] a')].map((link) => link.getAttribute('href'));

			expect(sections.length).toBe(role.expectations.length);
			expect(summary).toHaveLength(role.expectations.length);
			for (const expectation of role.expectations) {
				const section = page.getElementById(expectation.competencyId)?.closest('article');
				const where = `${role.id} → ${expectation.competencyId}`;
				const level = expectation.competency?.levels[expectation.levelId];
				const words = section?.querySelector(EXPECTATION.words);

				expect(summary, where).toContain(`#${expectation.competencyId}`);
				expect(fold(section?.querySelector(EXPECTATION.heading)?.textContent), where).toBe(expectation.competency?.name);
				expect(fold(section?.querySelector(EXPECTATION.level)?.textContent)).toContain(expectation.levelName);
				expect(shownLevel(words), where).toEqual(expectedLevel(level));
				if (level) expectAnchoredCriteria(words, level, where);
				const note = section?.querySelector('.role-note');
				if (expectation.note) expect(fold(note?.textContent)).toBe(`For this role: ${readable(expectation.note)}`);
				else expect(note, where).toBeNull();
			}
		}
	});

	test('no two elements of a role page share an id, so every criterion anchor leads to one line', () => {
		for (const role of content.roles) {
			const ids = [...readPage(site.dist, `/roles/${role.id}/`).querySelectorAll('[id]')].map((element) => element.id);

			expect(ids.filter((id, index) => ids.indexOf(id) !== index), role.id).toEqual([]);
		}
	});

	test('every skill of every role is listed on its page', () => {
		for (const role of content.roles) {
			const items = [...readPage(site.dist, `/roles/${role.id}/`).querySelectorAll('.skill-list li')].map((li) =>
				fold(li.textContent),
			);

			expect(items).toEqual(Object.values(role.skills ?? {}).flat().map(fold));
		}
	});

	test('role pages link to the roles they lead to and the roles that lead to them', () => {
		for (const role of content.roles) {
			const paths = readPage(site.dist, `/roles/${role.id}/`).querySelector('#career-paths')?.parentElement;
			const links = [...(paths?.querySelectorAll('.role-links a') ?? [])].map((a) => a.getAttribute('href'));
			const from = content.roles.filter((r) => r.next?.includes(role.id)).map((r) => r.id);

			expect(links.sort()).toEqual([...(role.next ?? []), ...from].map((id) => `/roles/${id}/`).sort());
		}
	});

	test('every track has a page listing its roles in grade order', () => {
		for (const track of content.ladder.tracks) {
			const page = readPage(site.dist, `/tracks/${track.id}/`);
			const titles = [...page.querySelectorAll('.track-steps h2')].map((h) => fold(h.textContent));
			const expected = content.roles
				.filter((r) => r.tracks.includes(track.id))
				.sort((a, b) => a.grade - b.grade)
				.map((r) => fold(r.title));

			expect(titles).toEqual(expected);
		}
	});

	test('a step’s changes read as words: the kind of change stands apart from the level ("Proficient (raised)")', () => {
		const changes = content.ladder.tracks.flatMap((track) => [...readPage(site.dist, `/tracks/${track.id}/`).querySelectorAll('.step-changes li')]);
		const kinds = changes.filter((li) => li.querySelector('.change-kind'));
		const labels = Object.values(CHANGE_LABELS).join('|');
		for (const li of kinds) expect(fold(li.textContent)).toMatch(new RegExp(`\\S \\((${labels})\\)`));
	});

	test('the sidebar groups every role under its track', () => {
		const sidebar = readPage(site.dist, '/').querySelector('#starlight__sidebar');
		const groups = [...(sidebar?.querySelectorAll('details') ?? [])].map((group) => ({
			label: fold(group.querySelector('summary')?.textContent),
			links: [...group.querySelectorAll('a')].map((a) => a.getAttribute('href')),
		}));

		for (const track of content.ladder.tracks) {
			const group = groups.find((g) => g.label === track.name);
			const roleLinks = content.roles.filter((r) => r.track === track.id).map((r) => `/roles/${r.id}/`);
			expect(group?.links).toEqual(expect.arrayContaining([`/tracks/${track.id}/`, ...roleLinks]));
		}
	});

	test('a 404 page is built', () => {
		expect(fold(readPage(site.dist, '/404.html').querySelector('h1')?.textContent)).toBe('Page not found');
	});
});

describe('the built shipped ladder', () => {
	test('renders the guides from content/docs and lists them in the sidebar', () => {
		const guide = readPage(SITES.example.dist, '/guides/how-promotions-work/');
		const sidebarLinks = [...readPage(SITES.example.dist, '/').querySelectorAll('#starlight__sidebar a')].map((a) =>
			a.getAttribute('href'),
		);

		expect(fold(guide.querySelector('h1')?.textContent)).toBe('How promotions work');
		expect(sidebarLinks).toContain('/guides/how-promotions-work/');
	});
});

describe('the built design ladder', () => {
	test('escapes markup written in a note: it renders as text, never as an element', () => {
		const page = readPage(SITES.design.dist, '/roles/senior-product-designer/');
		const cell = page.getElementById('interaction-design')?.closest('article')?.querySelector('.role-note');

		expect(cell?.textContent).toContain('<script>alert("xss")</script>');
		expect(cell?.querySelector('script, b')).toBeNull();
	});

	test('keeps commas, quotes and ampersands in titles intact', () => {
		const page = readPage(SITES.design.dist, '/roles/senior-product-designer/');

		expect(page.querySelector('title')?.textContent).toContain('Senior Product Designer, "Platform" & Growth');
	});
});

describe('page weight', () => {
	test('role, track, competency and matrix pages ship no script of our own, only Starlight\'s', () => {
		const site = SITES.example;
		for (const path of ['/roles/lead-software-engineer/', '/tracks/management/', '/competencies/system-design/', '/matrix/', '/']) {
			const html = readPage(site.dist, path).documentElement.outerHTML;

			expect(html, path).not.toMatch(/ladder-(compare|search)/);
		}
		expect(readPage(site.dist, '/compare/').documentElement.outerHTML).toMatch(/customElements\.define\("ladder-compare"|ladder-compare/);
	});
});

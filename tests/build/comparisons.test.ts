import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHANGE_LABELS } from '../../src/views/shared/change-labels.ts';
import { fold, readPage } from '../support/built-pages.ts';
import { CHANGE } from '../support/page-parts.ts';
import { rawContent } from '../support/raw-content.ts';
import { ALL_SITES, SITES } from '../support/sites.ts';

describe.each(ALL_SITES)('the built $name comparisons', (site) => {
	const content = rawContent(site.contentDir);
	const rank = new Map(content.ladder.levels.map((l, index) => [l.id, index]));
	const role = (id: string) => content.roles.find((r) => r.id === id)!;

	// The steps, worked out from the files: every `next` path, and for a role no `next` names,
	// every role of its track at the nearest lower grade.
	const steps = new Set<string>();
	for (const role of content.roles) for (const next of role.next ?? []) steps.add(`${role.id}/${next}`);
	for (const to of content.roles) {
		if (content.roles.some((r) => r.next?.includes(to.id))) continue;
		const lower = content.roles.filter((r) => r.tracks.some((track) => to.tracks.includes(track)) && r.grade < to.grade);
		const nearest = Math.max(...lower.map((r) => r.grade));
		for (const from of lower.filter((r) => r.grade === nearest)) steps.add(`${from.id}/${to.id}`);
	}

	test('a page exists for every step of the ladder and every next path', () => {
		// A ladder of one role (as `ladder init` writes) has no step; any other has some.
		if (content.roles.length > 1) expect(steps.size).toBeGreaterThan(0);
		for (const step of steps) {
			const [fromId, toId] = step.split('/') as [string, string];
			const page = readPage(site.dist, `/compare/${step}/`);

			expect(fold(page.querySelector('h1')?.textContent)).toBe(fold(`From ${role(fromId).title} to ${role(toId).title}`));
		}
	});

	test('each comparison lists every competency either role expects, with both levels and the change', () => {
		for (const step of steps) {
			const [fromId, toId] = step.split('/') as [string, string];
			const levelsOf = (id: string) => new Map(role(id).expectations.map((e) => [e.competencyId, e]));
			const [before, after] = [levelsOf(fromId), levelsOf(toId)];
			const expected = [...new Set([...before.keys(), ...after.keys()])].map((competencyId) => {
				const [a, b] = [before.get(competencyId)?.levelId, after.get(competencyId)?.levelId];
				const kind = !a ? 'added' : !b ? 'removed' : rank.get(b)! > rank.get(a)! ? 'raised' : rank.get(b)! < rank.get(a)! ? 'lowered' : 'same';
				// Each side's level by the name it has for that role: the competency's, the track's or the scale's.
				return [competencyId, CHANGE_LABELS[kind], before.get(competencyId)?.levelName ?? 'not expected', after.get(competencyId)?.levelName ?? 'not expected'];
			});

			const page = readPage(site.dist, `/compare/${step}/`);
			const rows = [...page.querySelectorAll('article.change')].map((article) => {
				const levelOf = (side: 'earlier' | 'later') =>
					fold(article.querySelector(`${CHANGE.side(side)} dd .level-badge > span`)?.textContent) || fold(article.querySelector(`${CHANGE.side(side)} dd`)?.textContent);
				return [article.id.replace('change-', ''), fold(article.querySelector(CHANGE.kind)?.textContent), levelOf('earlier'), levelOf('later')];
			});

			expect(rows.sort(), step).toEqual(expected.sort());
		}
	});

	test('the changes come first and the unchanged rows sit in a collapsed section', () => {
		for (const step of steps) {
			const page = readPage(site.dist, `/compare/${step}/`);
			const changed = [...page.querySelectorAll('#changed article.change')].map((article) => article.getAttribute('data-change'));
			const same = page.querySelectorAll('details.unchanged:not([open]) #same article[data-change="same"]');
			const allSame = page.querySelectorAll('article[data-change="same"]');

			expect(changed).not.toContain('same');
			expect(same.length).toBe(allSame.length);
		}
	});

	test('role pages link to the comparisons that start and end at them', () => {
		for (const step of steps) {
			const [fromId, toId] = step.split('/') as [string, string];
			for (const id of [fromId, toId]) {
				const links = [...readPage(site.dist, `/roles/${id}/`).querySelectorAll('a')].map((a) => a.getAttribute('href'));

				expect(links, `${id} → ${step}`).toContain(`/compare/${step}/`);
			}
		}
	});
});

describe('the picker page of the design ladder', () => {
	test('embeds the ladder as JSON that markup in the ladder text cannot break out of', () => {
		const page = readPage(SITES.design.dist, '/compare/');
		const scripts = page.querySelectorAll('ladder-compare script[type="application/json"]');
		const data = JSON.parse(scripts[0]?.textContent ?? '') as { areas: { competencies: { name: string }[] }[] };

		expect(scripts).toHaveLength(1);
		expect(data.areas.flatMap((area) => area.competencies.map((c) => c.name)).length).toBeGreaterThan(0);
		expect(page.querySelector('ladder-compare b')).toBeNull();
	});

	test('fetches the words of every level from /picker-texts.json, not from the page', () => {
		const page = readPage(SITES.design.dist, '/compare/');
		const texts = JSON.parse(readFileSync(join(SITES.design.dist, 'picker-texts.json'), 'utf8')) as { descriptors: Record<string, string[]> };

		expect(page.querySelector('ladder-compare')?.getAttribute('data-texts')).toBe('/picker-texts.json');
		expect(Object.values(texts.descriptors).flat()).toContain('Defines the visual language of the company </script><b>and</b> its <brand> & tone.');
		expect(page.querySelector('ladder-compare script')?.textContent).not.toContain('Defines the visual language');
	});
});

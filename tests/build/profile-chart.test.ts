import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readPage } from '../support/built-pages.ts';
import { rawContent } from '../support/raw-content.ts';
import { SITES } from '../support/sites.ts';

describe.each(Object.values(SITES))('the $name role profile charts', (site) => {
	const content = rawContent(site.contentDir);
	const rank = new Map(content.ladder.levels.map((level, index) => [level.id, index + 1]));
	// Areas and their competencies, from the files, independently of the model.
	const areas = readAreas(site.contentDir);
	const score = (roleId: string, competencyIds: string[]) => {
		const levels = new Map(content.roles.find((r) => r.id === roleId)!.expectations.map((e) => [e.competencyId, rank.get(e.levelId) ?? 0]));
		return Math.round((competencyIds.reduce((sum, id) => sum + (levels.get(id) ?? 0), 0) / competencyIds.length) * 100) / 100;
	};

	test('every role page with expectations has a named chart whose figures match the content', () => {
		for (const role of content.roles.filter((r) => r.expectations.length > 0)) {
			const page = readPage(site.dist, `/roles/${role.id}/`);
			const svg = page.querySelector('figure.profile-chart svg[role="img"]');
			const name = page.getElementById(svg?.getAttribute('aria-labelledby') ?? '')?.textContent ?? '';
			const cells = [...page.querySelectorAll('table.profile-table tbody tr')].map((tr) => [
				tr.querySelector('th')?.textContent,
				Number(tr.querySelector('td')?.getAttribute('data-score')),
			]);

			expect(name, role.id).toContain(`Expected level per competency area for ${role.title}`);
			expect(svg?.querySelectorAll('rect.profile-current').length).toBe(areas.length);
			expect(cells.sort()).toEqual(areas.map((area) => [area.name, score(role.id, area.competencyIds)]).sort());
		}
	});
});

/** Each area file's name and competency ids, read straight from the YAML. */
function readAreas(dir: string): { name: string; competencyIds: string[] }[] {
	return readdirSync(join(dir, 'competencies')).map((file) => {
		const area = parse(readFileSync(join(dir, 'competencies', file), 'utf8')) as { name: string; competencies: { id: string }[] };
		return { name: area.name, competencyIds: area.competencies.map((c) => c.id) };
	});
}

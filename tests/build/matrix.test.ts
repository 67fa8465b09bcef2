import { describe, expect, test } from 'vitest';
import { fold, readPage } from '../support/built-pages.ts';
import { readMatrix } from '../support/matrix-reader.ts';
import { rawContent } from '../support/raw-content.ts';
import { expectedLevel, shownLevel } from '../support/shown-level.ts';
import { ALL_SITES } from '../support/sites.ts';

describe.each(ALL_SITES)('the built $name matrix', (site) => {
	const content = rawContent(site.contentDir);
	const expected = content.roles.flatMap((role) =>
		role.expectations.map((e) => ({ roleId: role.id, competencyId: e.competencyId, level: e.levelName })),
	);
	const byCell = (a: { roleId: string; competencyId: string }, b: { roleId: string; competencyId: string }) =>
		`${a.roleId}/${a.competencyId}`.localeCompare(`${b.roleId}/${b.competencyId}`);

	test('holds every expectation in its cell with its level, and nothing else', () => {
		const { cells } = readMatrix(readPage(site.dist, '/matrix/'));

		expect([...cells].sort(byCell)).toEqual([...expected].sort(byCell));
	});

	test('says "not expected" in every other cell', () => {
		const { roleIds, empty } = readMatrix(readPage(site.dist, '/matrix/'));

		expect(empty.length).toBe(roleIds.length * content.competencies.length - expected.length);
		// Read as "not expected"; seen as a dash, drawn by CSS.
		expect(empty.every((cell) => cell.text === 'not expected')).toBe(true);
	});

	test('has a column for every role and a row for every competency, under its area', () => {
		const document = readPage(site.dist, '/matrix/');
		const rows = [...document.querySelectorAll('table.matrix tbody')].flatMap((tbody) => {
			const area = fold(tbody.querySelector('.matrix-area th')?.textContent);
			return [...tbody.querySelectorAll('th[scope="row"]')].map((th) => `${area} / ${fold(th.textContent)}`);
		});

		expect(readMatrix(document).roleIds.sort()).toEqual(content.roles.map((r) => r.id).sort());
		expect(rows.sort()).toEqual(content.competencies.map((c) => `${c.areaName} / ${fold(c.name)}`).sort());
	});

	test('each track has its own matrix with only its roles', () => {
		for (const track of content.ladder.tracks) {
			// A role several tracks share is in each of their matrices.
			const trackRoles = content.roles.filter((r) => r.tracks.includes(track.id));
			const { roleIds, cells } = readMatrix(readPage(site.dist, `/matrix/${track.id}/`));

			expect(roleIds.sort()).toEqual(trackRoles.map((r) => r.id).sort());
			expect(cells.sort(byCell)).toEqual(expected.filter((e) => trackRoles.some((r) => r.id === e.roleId)).sort(byCell));
			// A row for each competency its roles expect, and none for one they do not.
			const page = readPage(site.dist, `/matrix/${track.id}/`);
			const rows = [...page.querySelectorAll('table.matrix tbody th[scope="row"] a')].map((a) => /\/competencies\/([^/]+)\//.exec(a.getAttribute('href') ?? '')?.[1]);
			expect(rows.sort()).toEqual([...new Set(expected.filter((e) => trackRoles.some((r) => r.id === e.roleId)).map((e) => e.competencyId))].sort());
		}
	});

	test('every competency page gives the descriptor of each level it describes, and the roles that expect it', () => {
		for (const competency of content.competencies) {
			const page = readPage(site.dist, `/competencies/${competency.id}/`);
			const levels = [...page.querySelectorAll('table.competency-levels tbody tr')].map((tr) => [
				fold(tr.querySelector('.level-badge > span')?.textContent),
				shownLevel(tr.querySelector('td')),
			]);
			const roles = [...page.querySelectorAll('table.competency-roles tbody tr:not(.table-group)')].map((tr) => [
				/\/roles\/([^/]+)\//.exec(tr.querySelector('a')?.getAttribute('href') ?? '')?.[1],
				fold(tr.querySelector('.level-badge > span')?.textContent),
			]);

			const described = content.ladder.levels.filter((l) => l.id in competency.levels);
			// Each level by the competency's own name for it, where it has one.
			expect(levels).toEqual(described.map((l) => [competency.labels?.[l.id] ?? l.label, expectedLevel(competency.levels[l.id])]));
			expect(roles.sort()).toEqual(
				expected.filter((e) => e.competencyId === competency.id).map((e) => [e.roleId, e.level]).sort(),
			);
		}
	});
});

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fold, readPage } from '../support/built-pages.ts';
import { rawProfiles } from '../support/raw-profile.ts';
import { rawContent } from '../support/raw-content.ts';
import { ALL_SITES } from '../support/sites.ts';

describe.each(ALL_SITES)('the $name profile charts', (site) => {
	const { content, rows, shownFor } = rawProfiles(site.contentDir);
	const title = (id: string) => content.roles.find((r) => r.id === id)!.title;
	const idOf = (roleTitle: string) => content.roles.find((r) => r.title === roleTitle)!.id;
	// A ladder of one area charts a bar per competency the roles expect, not one for the area.
	const per = (roleIds: string[]) => (shownFor(roleIds).length === 1 ? 'competency' : 'competency area');

	test('every role page with expectations has a named chart whose figures match the content', () => {
		for (const role of content.roles.filter((r) => r.expectations.length > 0)) {
			const chart = readChart(readPage(site.dist, `/roles/${role.id}/`));

			const charted = chart.series.map(idOf);
			expect(chart.name, role.id).toContain(`Expected level per ${per(charted)} for ${role.title}`);
			expect(chart.series[0]).toBe(role.title);
			// The areas of the roles' tracks, and any other they expect something of.
			const expected = rows(charted);
			expect(chart.bars).toBe(Object.keys(expected[0]!).length * chart.series.length);
			expect(chart.scores).toEqual(expected);
		}
	});

	test('every comparison page overlays both roles’ profiles, the destination first', () => {
		const compare = join(site.dist, 'compare');
		const steps = readdirSync(compare, { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.flatMap((from) => readdirSync(join(compare, from.name)).map((to) => [from.name, to]));
		// A ladder of one role (as `ladder init` writes) has no comparison; any other has some.
		if (rawContent(site.contentDir).roles.length > 1) expect(steps.length).toBeGreaterThan(0);
		for (const [from, to] of steps) {
			const chart = readChart(readPage(site.dist, `/compare/${from}/${to}/`));

			expect(chart.name).toContain(title(to!));
			expect(chart.name).toContain(title(from!));
			expect(chart.series).toEqual([title(to!), title(from!)]);
			const expected = rows([to!, from!]);
			expect(chart.bars).toBe(Object.keys(expected[0]!).length * 2);
			expect(chart.scores).toEqual(expected);
		}
	});
});

/** A profile chart on a built page: its name, its series, its bars and its table's figures. */
function readChart(page: Document) {
	const figure = page.querySelector('figure.profile-chart');
	const svg = figure?.querySelector('svg.profile-wide');
	if (!figure || !svg) throw new Error('No profile chart on the page');
	const series = [...figure.querySelectorAll('table.profile-table thead th')].slice(1).map((th) => fold(th.textContent));
	const rows = [...figure.querySelectorAll('table.profile-table tbody tr')];
	const scores = series.map((_, index) =>
		Object.fromEntries(rows.map((tr) => [fold(tr.querySelector('th')?.textContent), Number(tr.querySelectorAll('td')[index]?.getAttribute('data-score'))])),
	);
	return {
		name: fold(page.getElementById(svg.getAttribute('aria-labelledby') ?? '')?.textContent),
		series,
		scores,
		bars: svg.querySelectorAll('g > rect').length,
	};
}

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fold, readPage } from '../support/built-pages.ts';
import { rawProfiles } from '../support/raw-profile.ts';
import { rawContent } from '../support/raw-content.ts';
import { ALL_SITES } from '../support/sites.ts';

describe.each(ALL_SITES)('the $name profile charts', (site) => {
	const { content, scores, shownFor } = rawProfiles(site.contentDir);
	const title = (id: string) => content.roles.find((r) => r.id === id)!.title;
	const idOf = (roleTitle: string) => content.roles.find((r) => r.title === roleTitle)!.id;
	/** The scores of one role over the areas a chart of these roles shows, by area name. */
	const shownScores = (roleId: string, roleIds: string[]) => {
		const all = scores(roleId);
		return Object.fromEntries(shownFor(roleIds).map((area) => [area.name, all[area.name]]));
	};

	test('every role page with expectations has a named chart whose figures match the content', () => {
		for (const role of content.roles.filter((r) => r.expectations.length > 0)) {
			const chart = readChart(readPage(site.dist, `/roles/${role.id}/`));

			expect(chart.name, role.id).toContain(`Expected level per competency area for ${role.title}`);
			expect(chart.series[0]).toBe(role.title);
			// The areas of the roles' tracks, and any other they expect something of.
			const charted = chart.series.map(idOf);
			expect(chart.bars).toBe(shownFor(charted).length * chart.series.length);
			expect(chart.scores[0]).toEqual(shownScores(role.id, charted));
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
			expect(chart.bars).toBe(shownFor([to!, from!]).length * 2);
			expect(chart.scores).toEqual([shownScores(to!, [to!, from!]), shownScores(from!, [to!, from!])]);
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
		bars: svg.querySelectorAll('rect.profile-bar').length,
	};
}

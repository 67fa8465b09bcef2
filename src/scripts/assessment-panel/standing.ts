/** Where the assessee stands (counts by area, and the ratings on the role's profile chart), and the target role. */
import type { RatingValue } from '../../assessment/document.ts';
import { roleOf, type Item } from '../../assessment/items.ts';
import { standing } from '../../assessment/standing.ts';
import { element } from '../dom.ts';
import { profileFigure } from '../profile-figure.ts';
import type { Panel } from './panel.ts';
import { ratingLabel, said, saidOf } from './words.ts';

export function standingSection(panel: Panel, items: Item[]): HTMLElement {
	const { data } = panel;
	const areas = standing(data, panel.roleId, items, panel.doc.ratings);
	// Three columns, the ratings in words: seven columns of counts did not fit a desktop's column.
	const kinds: (RatingValue | 'unrated')[] = ['consistently', 'sometimes', 'not-yet', 'not-applicable', 'unrated'];
	const told = (counts: Record<RatingValue | 'unrated', number>) =>
		kinds
			.filter((kind) => counts[kind] > 0)
			.map((kind) => said(panel, 'assessment.counted', { count: counts[kind], what: ratingLabel(panel, kind === 'unrated' ? undefined : kind).toLocaleLowerCase(document.documentElement.lang || 'en') }))
			.join(', ');
	const head = element('tr', {}, element('th', { scope: 'col' }, said(panel, 'assessment.area')), element('th', { scope: 'col' }, said(panel, 'assessment.items')), element('th', { scope: 'col' }, saidOf(panel, 'assessment.ratings')));
	const rows = areas.map((area) => element('tr', { 'data-area': area.areaId }, element('th', { scope: 'row' }, area.name), element('td', {}, String(area.items)), element('td', {}, told(area.counts))));
	const total = Object.fromEntries(kinds.map((kind) => [kind, areas.reduce((sum, area) => sum + area.counts[kind], 0)])) as Record<RatingValue | 'unrated', number>;
	const foot = element('tr', {}, element('th', { scope: 'row' }, said(panel, 'assessment.overall')), element('td', {}, String(items.length)), element('td', {}, told(total)));
	const table = element('table', { class: 'assessment-standing' }, element('caption', {}, saidOf(panel, 'assessment.ratings-by-area')), element('thead', {}, head), element('tbody', {}, ...rows), element('tfoot', {}, foot));
	const role = roleOf(data, panel.roleId)?.title ?? '';
	const chart = profileFigure(
		{
			areas: areas.map((area) => area.name),
			levels: data.scale.map((id) => data.levels[id] ?? id),
			series: [
				{ title: role, scores: areas.map((area) => area.expected) },
				{ title: saidOf(panel, 'assessment.ratings'), scores: areas.map((area) => area.yours) },
			],
		},
		{ idPrefix: 'assessment', explanation: saidOf(panel, 'assessment.bar'), words: data.words, inSentence: [role, saidOf(panel, 'assessment.ratings-in-sentence')] },
	);
	return element('section', { class: 'assessment-where', 'aria-labelledby': 'assessment-where' }, element('h3', { id: 'assessment-where' }, saidOf(panel, 'assessment.where')), table, chart);
}

/** The target role: any role of the ladder but this one, by track; the reader's own choice only. */
export function targetField(panel: Panel): HTMLElement {
	const { data } = panel;
	const select = element('select', { id: 'assessment-target' }, element('option', { value: '' }, said(panel, 'assessment.no-target')));
	const byTrack = Map.groupBy(
		data.roleOrder.filter((id) => id !== panel.roleId),
		(id) => roleOf(data, id)!.track,
	);
	for (const [track, ids] of byTrack) {
		select.append(element('optgroup', { label: data.tracks[track] ?? track }, ...ids.map((id) => element('option', { value: id }, roleOf(data, id)!.title))));
	}
	select.value = panel.doc.target ?? '';
	select.disabled = panel.mode !== 'own';
	select.addEventListener('change', () => {
		if (select.value) panel.own.target = select.value;
		else delete panel.own.target;
		panel.save();
		panel.render();
		panel.panel.querySelector<HTMLElement>('#assessment-target')?.focus();
	});
	return element('p', { class: 'assessment-target' }, element('label', { for: 'assessment-target' }, said(panel, 'assessment.target')), select);
}

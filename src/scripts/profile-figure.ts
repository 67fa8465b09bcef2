/**
 * A profile chart drawn in the browser, as the build draws a role page's: the same geometry, the
 * same classes, a key, and the figures as a table for whoever cannot see the bars.
 */
import { profileGeometry, SERIES_STYLES, type ProfileInput, type ProfileLayout } from '../charts/profile-geometry.ts';
import { element, svgElement } from './dom.ts';

export function profileFigure(input: ProfileInput, idPrefix: string, explanation: string): HTMLElement {
	const chart = profileGeometry(input);
	const { summary } = chart;
	const style = (index: number) => SERIES_STYLES[index % SERIES_STYLES.length];
	// Two layouts, as the build draws them: beside-the-bars names, and names above the bars on a phone.
	const drawings = [
		{ layout: chart as ProfileLayout, name: 'wide', titleId: `${idPrefix}-chart-title` },
		{ layout: chart.narrow, name: 'narrow', titleId: `${idPrefix}-chart-title-narrow` },
	].map(({ layout, name, titleId }) => {
		const svg = svgElement('svg', { class: `profile-${name}`, viewBox: layout.viewBox, role: 'img', 'aria-labelledby': titleId });
		svg.append(svgElement('title', { id: titleId }, summary));
		for (const tick of layout.ticks) svg.append(svgElement('line', { class: 'profile-grid', x1: tick.x, x2: tick.x, y1: -4, y2: layout.height }));
		for (const tick of layout.ticks) svg.append(svgElement('text', { class: 'profile-tick', x: tick.x, y: -8, 'text-anchor': 'end' }, tick.label));
		for (const row of layout.rows) {
			const group = svgElement('g');
			group.append(svgElement('text', { class: 'profile-area', x: 0, y: row.labelY, 'dominant-baseline': 'middle' }, row.area));
			row.bars.forEach((bar, index) =>
				group.append(svgElement('rect', { class: `profile-bar profile-${style(index)}`, x: bar.x, y: bar.y, width: bar.width, height: bar.height, 'data-series': index })),
			);
			svg.append(group);
		}
		return svg;
	});
	const key = element('span', { class: 'profile-key' });
	input.series.forEach((series, index) =>
		key.append(element('span', { class: 'profile-key-item' }, element('span', { class: `profile-swatch profile-swatch-${style(index)}` }), series.title)),
	);
	const head = element('tr', {}, element('th', { scope: 'col' }, 'Area'), ...input.series.map((series) => element('th', { scope: 'col' }, series.title)));
	const body = chart.rows.map((row) =>
		element('tr', {}, element('th', { scope: 'row' }, row.area), ...row.bars.map((bar) => element('td', { 'data-score': String(bar.value) }, `${bar.value.toFixed(1)} of ${chart.max}`))),
	);
	const table = element('table', { class: 'profile-table' }, element('caption', {}, summary), element('thead', {}, head), element('tbody', {}, ...body));
	return element(
		'figure',
		{ class: 'profile-chart' },
		...drawings,
		element('figcaption', {}, `${summary}. ${explanation} `, element('span', { class: 'profile-scale-key' }, `Levels: ${chart.narrow.scaleKey.join(', ')}.`), key),
		element('details', { class: 'unchanged' }, element('summary', {}, 'The chart as a table'), table),
	);
}

/**
 * A profile chart drawn in the browser, as the build draws a role page's: the same geometry, the
 * same classes, a key, and the figures as a table for whoever cannot see the bars.
 */
import { profileGeometry, SERIES_STYLES, type ProfileInput, type ProfileLayout } from '../charts/profile-geometry.ts';
import type { Messages, MessageId } from '../messages/catalogue.ts';
import { say } from '../messages/say.ts';
import { element, svgElement } from './dom.ts';

/** The chart's words, which the script's data carries in the page's language. */
export type ChartWords = Pick<Messages, Extract<MessageId, `chart.${string}`>>;

interface FigureOptions {
	/** Makes the drawings' title ids unique on the page. */
	idPrefix: string;
	/** What a bar means, after the summary. */
	explanation: string;
	words: ChartWords;
	/** The series' titles as the summary says them mid-sentence ("your ratings"), where that is not as the key shows them. */
	inSentence?: string[];
}

export function profileFigure(input: ProfileInput, { idPrefix, explanation, words, inSentence }: FigureOptions): HTMLElement {
	const chart = profileGeometry(input);
	const titles = inSentence ?? input.series.map((series) => series.title);
	const per = words[chart.per === 'area' ? 'chart.per-area' : 'chart.per-competency'];
	const summary = titles.length === 2 ? say(words, 'chart.summary-two', { per, first: titles[0]!, second: titles[1]! }) : say(words, 'chart.summary', { per, roles: titles.join(', ') });
	const style = (index: number) => SERIES_STYLES[index % SERIES_STYLES.length];
	// Two layouts, as the build draws them: beside-the-bars names, and names above the bars on a phone.
	const drawings = [
		{ layout: chart as ProfileLayout, name: 'wide', titleId: `${idPrefix}-chart-title` },
		{ layout: chart.narrow, name: 'narrow', titleId: `${idPrefix}-chart-title-narrow` },
	].map(({ layout, name, titleId }) => {
		const svg = svgElement('svg', { class: `profile-${name}`, viewBox: layout.viewBox, role: 'img', 'aria-labelledby': titleId });
		svg.append(svgElement('title', { id: titleId }, summary));
		for (const tick of layout.ticks) svg.append(svgElement('line', { x1: tick.x, x2: tick.x, y1: -4, y2: layout.height }));
		for (const tick of layout.ticks) svg.append(svgElement('text', { x: tick.x, y: -8, 'text-anchor': 'end' }, tick.label));
		for (const row of layout.rows) {
			const group = svgElement('g');
			group.append(svgElement('text', { x: 0, y: row.labelY, 'dominant-baseline': 'middle' }, row.area));
			row.bars.forEach((bar, index) =>
				group.append(svgElement('rect', { class: `profile-${style(index)}`, x: bar.x, y: bar.y, width: bar.width, height: bar.height })),
			);
			svg.append(group);
		}
		return svg;
	});
	const key = element('span', { class: 'profile-key' });
	input.series.forEach((series, index) =>
		key.append(element('span', { class: 'profile-key-item' }, element('span', { class: `profile-swatch profile-swatch-${style(index)}` }), series.title)),
	);
	const head = element('tr', {}, element('th', { scope: 'col' }, words[chart.per === 'area' ? 'chart.area' : 'chart.competency']), ...input.series.map((series) => element('th', { scope: 'col' }, series.title)));
	const body = chart.rows.map((row) =>
		element('tr', {}, element('th', { scope: 'row' }, row.area), ...row.bars.map((bar) => element('td', { 'data-score': String(bar.value) }, say(words, 'chart.value', { value: bar.value.toFixed(1), max: chart.max })))),
	);
	const table = element('table', { class: 'profile-table' }, element('caption', {}, summary), element('thead', {}, head), element('tbody', {}, ...body));
	return element(
		'figure',
		{ class: 'profile-chart' },
		...drawings,
		element('figcaption', {}, `${summary}. ${explanation} `, element('span', { class: 'profile-scale-key' }, say(words, 'chart.levels', { levels: chart.narrow.scaleKey.join(', ') })), key),
		element('details', { class: 'unchanged' }, element('summary', {}, words['chart.table']), table),
	);
}

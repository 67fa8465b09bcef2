/**
 * Review cycles: "Save as this cycle" keeps the ratings as they are now, named and dated, in the
 * assessment (so they travel in its file and link); any saved cycle can be compared with now.
 */
import { MAX_CYCLES, typedName, type Snapshot } from '../../assessment/document.ts';
import { sinceCycle, type Moved } from '../../assessment/history.ts';
import type { Item } from '../../assessment/items.ts';
import { element } from '../dom.ts';
import { button } from './controls.ts';
import type { Panel } from './panel.ts';
import { ratingLabel, said } from './words.ts';

export function cyclesSection(panel: Panel, items: readonly Item[]): HTMLElement {
	const { doc } = panel;
	const history = doc.history ?? [];
	const section = element('section', { class: 'assessment-cycles', 'aria-labelledby': 'assessment-cycles' }, element('h3', { id: 'assessment-cycles' }, said(panel, 'assessment.cycles')));
	if (panel.mode === 'own') {
		const name = element('input', { type: 'text', id: 'assessment-cycle-name', value: said(panel, 'assessment.cycle-default', { year: new Date().getFullYear() }), maxlength: '200' });
		section.append(
			element(
				'div',
				{ class: 'assessment-row assessment-cycle-form' },
				element('label', { for: 'assessment-cycle-name' }, said(panel, 'assessment.cycle-name')),
				name,
				button(said(panel, 'assessment.cycle-save'), () => {
					const snapshot: Snapshot = { name: typedName(name.value) || said(panel, 'assessment.cycle-fallback'), saved: new Date().toISOString(), release: panel.data.release, ratings: structuredClone(panel.own.ratings) };
					panel.own.history = [...(panel.own.history ?? []), snapshot].slice(-MAX_CYCLES);
					panel.save();
					panel.comparing = undefined;
					panel.render();
					panel.say(said(panel, 'assessment.cycle-saved', { name: snapshot.name, count: Object.keys(snapshot.ratings).length }));
				}),
			),
		);
	}
	if (history.length === 0) {
		section.append(element('p', {}, said(panel, panel.mode === 'own' ? 'assessment.cycles-none-own' : 'assessment.cycles-none')));
		return section;
	}
	const select = element('select', { id: 'assessment-compare' }, element('option', { value: '' }, said(panel, 'assessment.cycle-choose')));
	history.forEach((snapshot, index) => select.append(element('option', { value: String(index) }, `${snapshot.name} (${snapshot.saved.slice(0, 10)})`)));
	select.value = panel.comparing === undefined ? '' : String(panel.comparing);
	select.addEventListener('change', () => {
		panel.comparing = select.value === '' ? undefined : Number(select.value);
		panel.render();
		panel.panel.querySelector<HTMLElement>('#assessment-compare')?.focus();
	});
	section.append(element('p', { class: 'assessment-cycle-form' }, element('label', { for: 'assessment-compare' }, said(panel, 'assessment.compare-with')), select));
	const snapshot = panel.comparing === undefined ? undefined : history[panel.comparing];
	if (!snapshot) return section;
	const since = sinceCycle(items, snapshot.ratings, doc.ratings);
	const groups: [string, Moved[]][] = [
		[said(panel, 'assessment.moved-up'), since.up],
		[said(panel, 'assessment.moved-down'), since.down],
		[said(panel, 'assessment.rated-since'), since.added],
		[said(panel, 'assessment.to-from-na'), since.changed],
	];
	const language = document.documentElement.lang || 'en';
	const counts = groups.map(([label, moved]) => said(panel, 'assessment.counted', { count: moved.length, what: label.toLocaleLowerCase(language) })).join(', ');
	section.append(element('p', { class: 'assessment-since' }, said(panel, 'assessment.since', { name: snapshot.name, counts })));
	for (const [label, moved] of groups) {
		if (moved.length === 0) continue;
		section.append(
			element('h4', {}, `${label} (${moved.length})`),
			element('ul', {}, ...moved.map(({ item, from, to }) => element('li', { 'data-key': item.key }, `${item.text} `, element('span', { class: 'assessment-move' }, `${ratingLabel(panel, from)} → ${ratingLabel(panel, to)}`)))),
		);
	}
	return section;
}

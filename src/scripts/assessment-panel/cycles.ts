/**
 * Review cycles: "Save as this cycle" keeps the ratings as they are now, named and dated, in the
 * assessment (so they travel in its file and link); any saved cycle can be compared with now.
 */
import { MAX_CYCLES, RATING_LABELS, typedName, type RatingValue, type Snapshot } from '../../assessment/document.ts';
import { sinceCycle, type Moved } from '../../assessment/history.ts';
import type { Item } from '../../assessment/items.ts';
import { element } from '../dom.ts';
import { button } from './controls.ts';
import type { Panel } from './panel.ts';

export function cyclesSection(panel: Panel, items: readonly Item[]): HTMLElement {
	const { doc } = panel;
	const history = doc.history ?? [];
	const section = element('section', { class: 'assessment-cycles', 'aria-labelledby': 'assessment-cycles' }, element('h3', { id: 'assessment-cycles' }, 'Review cycles'));
	if (panel.mode === 'own') {
		const name = element('input', { type: 'text', id: 'assessment-cycle-name', value: `${new Date().getFullYear()} review`, maxlength: '200' });
		section.append(
			element(
				'div',
				{ class: 'assessment-row assessment-cycle-form' },
				element('label', { for: 'assessment-cycle-name' }, 'Name this cycle: '),
				name,
				button('Save as this cycle', () => {
					const snapshot: Snapshot = { name: typedName(name.value) || 'Review', saved: new Date().toISOString(), release: panel.data.release, ratings: structuredClone(panel.own.ratings) };
					panel.own.history = [...(panel.own.history ?? []), snapshot].slice(-MAX_CYCLES);
					panel.save();
					panel.comparing = undefined;
					panel.render();
					panel.say(`Saved “${snapshot.name}”, ${Object.keys(snapshot.ratings).length} ratings, in this assessment: compare with it below.`);
				}),
			),
		);
	}
	if (history.length === 0) {
		section.append(element('p', {}, panel.mode === 'own' ? 'Save your ratings at each review to see, next time, what moved since.' : 'No cycle saved yet.'));
		return section;
	}
	const select = element('select', { id: 'assessment-compare' }, element('option', { value: '' }, 'Choose a saved cycle'));
	history.forEach((snapshot, index) => select.append(element('option', { value: String(index) }, `${snapshot.name} (${snapshot.saved.slice(0, 10)})`)));
	select.value = panel.comparing === undefined ? '' : String(panel.comparing);
	select.addEventListener('change', () => {
		panel.comparing = select.value === '' ? undefined : Number(select.value);
		panel.render();
		panel.panel.querySelector<HTMLElement>('#assessment-compare')?.focus();
	});
	section.append(element('p', { class: 'assessment-cycle-form' }, element('label', { for: 'assessment-compare' }, 'Compare with: '), select));
	const snapshot = panel.comparing === undefined ? undefined : history[panel.comparing];
	if (!snapshot) return section;
	const since = sinceCycle(items, snapshot.ratings, doc.ratings);
	const groups: [string, Moved[]][] = [
		['Moved up', since.up],
		['Moved down', since.down],
		['Rated since', since.added],
		['To or from not applicable', since.changed],
	];
	section.append(element('p', { class: 'assessment-since' }, `Since ${snapshot.name}: ${groups.map(([label, moved]) => `${moved.length} ${label.toLowerCase()}`).join(', ')}.`));
	const rating = (value: RatingValue | undefined) => (value ? RATING_LABELS[value] : 'not rated');
	for (const [label, moved] of groups) {
		if (moved.length === 0) continue;
		section.append(element('h4', {}, `${label} (${moved.length})`), element('ul', {}, ...moved.map(({ item, from, to }) => element('li', { 'data-key': item.key }, `${item.text} `, element('span', { class: 'assessment-move' }, `${rating(from)} → ${rating(to)}`)))));
	}
	return section;
}

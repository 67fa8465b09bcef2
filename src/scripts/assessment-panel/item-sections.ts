/**
 * The items to rate, by area, competency and level, each a group of radio buttons with a note; and
 * the ratings of items no longer on the ladder. A role may list thousands of criteria: beyond
 * `LAZY_ABOVE` items, they are made in runs as they come near the screen (or the page prints), so
 * a click costs the same whatever their number.
 */
import { RATINGS, type Rating } from '../../assessment/document.ts';
import { roleOf, type Item } from '../../assessment/items.ts';
import { element } from '../dom.ts';
import { ratingText } from './controls.ts';
import type { Panel } from './panel.ts';
import { ratingLabel, said } from './words.ts';

/** Items are made in runs of this many. */
const RUN = 40;
const LAZY_ABOVE = 200;

/** How many ratings of items no longer here are listed one by one. */
const GONE_SHOWN = 100;

export class ItemSections {
	readonly #panel: Panel;
	/** Runs of items not made yet, each with what makes it; empty when the panel is small. */
	#pending = new Map<Element, () => void>();
	#observer: IntersectionObserver | undefined;

	constructor(panel: Panel) {
		this.#panel = panel;
		// A print shows every item, including runs not scrolled to yet.
		addEventListener('beforeprint', () => this.makeAll());
	}

	/** Starts a new rendering of `count` items: what was pending of the last one is dropped. */
	reset(count: number) {
		this.#observer?.disconnect();
		this.#pending.clear();
		this.#observer = count > LAZY_ABOVE ? new IntersectionObserver((entries) => this.#makeNear(entries), { rootMargin: '1500px 0px' }) : undefined;
	}

	section(id: string, title: string, items: Item[], changed: ReadonlySet<string>, targetKeys: ReadonlySet<string> = new Set()): HTMLElement {
		const { data, doc } = this.#panel;
		const targetTitle = doc.target ? (roleOf(data, doc.target)?.title ?? doc.target) : '';
		const section = element('section', { 'aria-labelledby': id }, element('h3', { id }, title));
		for (const [areaId, inArea] of Map.groupBy(items, (item) => item.areaId)) {
			section.append(element('h4', {}, data.areas.find((area) => area.id === areaId)?.name ?? areaId));
			// By competency and level: a list of this role's and the target's items has both levels of one competency.
			for (const [, ofCompetency] of Map.groupBy(inArea, (item) => item.key.split('/').slice(0, 2).join('/'))) {
				const first = ofCompetency[0]!;
				const at = { competency: first.competency, level: first.level, role: targetTitle };
				section.append(element('p', { class: 'assessment-competency' }, said(this.#panel, targetKeys.has(first.key) ? 'assessment.at-level-of-target' : 'assessment.at-level', at)));
				if (first.note) section.append(element('p', { class: 'role-note' }, element('strong', {}, said(this.#panel, 'assessment.for-role', { role: first.note.role })), first.note.text));
				for (let start = 0; start < ofCompetency.length; start += RUN) {
					const run = ofCompetency.slice(start, start + RUN);
					const box = element('div', { class: 'assessment-run' });
					const make = () => box.replaceChildren(...run.map((item) => this.#item(item, changed.has(item.key), id)));
					section.append(box);
					if (!this.#observer) make();
					else {
						// Held open at roughly its items' height, so the page does not jump as runs are made.
						box.dataset['pending'] = '';
						box.style.setProperty('--items', String(run.length));
						this.#pending.set(box, make);
						this.#observer.observe(box);
					}
				}
			}
		}
		if (items.length === 0) section.append(element('p', {}, said(this.#panel, 'assessment.gap-none')));
		return section;
	}

	/** Items where the two assessors' ratings differ, for the section that comes first. */
	differing(items: Item[]): Item[] {
		const { reviewer, ratings } = this.#panel.doc;
		if (!reviewer) return [];
		return items.filter((item) => reviewer.ratings[item.key] && reviewer.ratings[item.key]?.rating !== ratings[item.key]?.rating);
	}

	makeAll() {
		for (const box of [...this.#pending.keys()]) this.#make(box);
	}

	#item(item: Item, changed: boolean, sectionId: string): HTMLElement {
		const { doc, mode } = this.#panel;
		const own = doc.ratings[item.key];
		const review = doc.reviewer?.ratings[item.key];
		// Not yet translated: the original's words, in its language, marked as the site marks them.
		const legend = item.lang
			? element('legend', {}, element('span', { lang: item.lang }, item.text), ' ', element('small', { class: 'translation-mark' }, said(this.#panel, 'translation.missing')))
			: element('legend', {}, item.text);
		const fieldset = element('fieldset', { class: 'assessment-item', 'data-key': item.key }, legend);
		if (changed && own) {
			fieldset.append(element('p', { class: 'assessment-flag' }, said(this.#panel, 'assessment.changed', { text: own.text })));
		}
		const editing = mode === 'review' ? review : own;
		if (mode !== 'own') fieldset.append(ratingText(this.#panel, doc.name?.trim() || said(this.#panel, 'assessment.assessee'), own));
		if (mode === 'shared') {
			if (doc.reviewer) fieldset.append(ratingText(this.#panel, doc.reviewer.name, review));
			return fieldset;
		}
		const name = `${sectionId}-${item.key}`;
		// A blank placeholder lets print leave out an empty note (`:placeholder-shown`), which CSS cannot otherwise tell.
		const note = element('textarea', { rows: '2', maxlength: '5000', placeholder: ' ' });
		note.value = editing?.evidence ?? '';
		note.addEventListener('input', () => this.#panel.rate(item, { evidence: note.value }));
		const choices = element('div', { class: 'assessment-choices' });
		for (const value of RATINGS) {
			const input = element('input', { type: 'radio', name, value });
			input.checked = editing?.rating === value;
			// A note written before the rating is kept with it.
			input.addEventListener('change', () => this.#panel.rate(item, { rating: value, evidence: note.value }));
			choices.append(element('label', {}, input, ` ${ratingLabel(this.#panel, value)}`));
		}
		fieldset.append(choices, element('label', { class: 'assessment-evidence' }, element('span', { class: 'assessment-help' }, said(this.#panel, 'assessment.evidence')), note));
		if (mode === 'own' && doc.reviewer && review) fieldset.append(ratingText(this.#panel, doc.reviewer.name, review));
		return fieldset;
	}

	#makeNear(entries: IntersectionObserverEntry[]) {
		for (const entry of entries) if (entry.isIntersecting) this.#make(entry.target);
	}

	#make(box: Element) {
		const make = this.#pending.get(box);
		if (!make) return;
		this.#pending.delete(box);
		this.#observer?.unobserve(box);
		make();
		delete (box as HTMLElement).dataset['pending'];
		(box as HTMLElement).style.removeProperty('--items');
	}
}

/** The ratings of items the ladder no longer has (or of another target's), kept and listed apart. */
export function goneSection(panel: Pick<Panel, 'data'>, gone: [string, Rating][]): HTMLElement {
	// Listed in full up to a bound: a crafted link could carry thousands.
	const shown = gone.slice(0, GONE_SHOWN);
	const list = element('ul', {});
	for (const [, rating] of shown) list.append(element('li', {}, `“${rating.text}”: ${ratingLabel(panel, rating.rating)}${rating.evidence ? `. ${rating.evidence}` : ''}`));
	if (gone.length > shown.length) list.append(element('li', {}, said(panel, 'assessment.gone-more', { count: gone.length - shown.length })));
	return element(
		'section',
		{ class: 'assessment-gone', 'aria-labelledby': 'assessment-gone' },
		element('h3', { id: 'assessment-gone' }, said(panel, 'assessment.gone', { count: gone.length })),
		element('p', {}, said(panel, 'assessment.gone-why')),
		list,
	);
}

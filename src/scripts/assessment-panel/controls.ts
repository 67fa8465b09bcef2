import { RATING_LABELS, type Rating } from '../../assessment/document.ts';
import { element } from '../dom.ts';

export function button(label: string, onClick: (event: MouseEvent) => unknown): HTMLButtonElement {
	const node = element('button', { type: 'button' }, label);
	node.addEventListener('click', onClick);
	return node;
}

/** Another assessor's rating of an item, as a line of text. */
export function ratingText(who: string, rating: Rating | undefined): HTMLElement {
	const text = rating ? `${RATING_LABELS[rating.rating]}${rating.evidence ? `: ${rating.evidence}` : ''}` : 'not rated';
	return element('p', { class: 'assessment-other' }, element('strong', {}, `${who}: `), text);
}

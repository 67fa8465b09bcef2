import type { Rating } from '../../assessment/document.ts';
import { element } from '../dom.ts';
import type { Panel } from './panel.ts';
import { ratingLabel } from './words.ts';

export function button(label: string, onClick: (event: MouseEvent) => unknown): HTMLButtonElement {
	const node = element('button', { type: 'button' }, label);
	node.addEventListener('click', onClick);
	return node;
}

/** Another assessor's rating of an item, as a line of text. */
export function ratingText(panel: Pick<Panel, 'data'>, who: string, rating: Rating | undefined): HTMLElement {
	const text = `${ratingLabel(panel, rating?.rating)}${rating?.evidence ? `: ${rating.evidence}` : ''}`;
	return element('p', { class: 'assessment-other' }, element('strong', {}, `${who}: `), text);
}

import type { Messages } from '../../messages/catalogue.ts';

/** What comes before the item at `index` of a list read as a sentence: nothing, ", " or " and " (in the site's language). */
export function listSeparator(index: number, length: number, words: Pick<Messages, 'list.and'>): string {
	return index === 0 ? '' : index === length - 1 ? words['list.and'] : ', ';
}

/** Names as a sentence lists them: "A", "A and B", "A, B and C". */
export function listed(names: readonly string[], words: Pick<Messages, 'list.and'>): string {
	return names.map((name, index) => `${listSeparator(index, names.length, words)}${name}`).join('');
}

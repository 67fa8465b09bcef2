/** What comes before the item at `index` of a list read as a sentence: nothing, ", " or " and ". */
export function listSeparator(index: number, length: number): string {
	return index === 0 ? '' : index === length - 1 ? ' and ' : ', ';
}

/** Names as a sentence lists them: "A", "A and B", "A, B and C". */
export function listed(names: readonly string[]): string {
	return names.map((name, index) => `${listSeparator(index, names.length)}${name}`).join('');
}

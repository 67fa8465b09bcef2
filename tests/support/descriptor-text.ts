import type { LevelDescriptor } from '../../src/model/ladder/types.ts';

/** A level's words, criteria joined by spaces, for unit tests that compare what a view holds. */
export function descriptorText(descriptor: LevelDescriptor | undefined): string {
	return (descriptor?.criteria ?? []).map((criterion) => criterion.text).join(' ');
}

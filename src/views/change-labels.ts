import type { ChangeKind } from '../model/compare.ts';

/**
 * How each kind of expectation change is named to readers. Only a type import: the comparison
 * picker's browser script uses it too.
 */
export const CHANGE_LABELS = {
	added: 'newly expected',
	raised: 'raised',
	same: 'unchanged',
	lowered: 'lowered',
	removed: 'no longer expected',
} as const satisfies Record<ChangeKind, string>;

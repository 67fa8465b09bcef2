/**
 * How each kind of expectation change is named to readers. No imports: the comparison picker's
 * browser script uses it too.
 */
export const CHANGE_LABELS = {
	added: 'newly expected',
	raised: 'raised',
	same: 'unchanged',
	lowered: 'lowered',
	removed: 'no longer expected',
} as const;

export type ChangeKind = keyof typeof CHANGE_LABELS;

import type { ChangeKind, ExpectationChange } from '../../model/ladder/compare.ts';
import type { MessageId, Messages } from '../../messages/catalogue.ts';

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

/**
 * The same names in the site's language, by message id (`change.raised`): the pages built in a
 * language, and the picker's script, say these; the English above is for /changes/ and the tests.
 */
export const changeMessage = (kind: ChangeKind) => `change.${kind}` as const;

/** A number of changes of one kind ("3 raised"), by message id (`changes.raised`). */
export const changesMessage = (kind: ChangeKind): MessageId => `changes.${kind}`;

/** How a criterion one role lists and the other does not is tagged in a comparison, by message id. */
export const CRITERION_LABELS = { added: 'criterion.added', removed: 'criterion.removed' } as const satisfies Record<string, MessageId>;

/**
 * Criterion id → tag, for the criteria the later role adds (`added`) or the earlier one lists and
 * the later one does not (`removed`): only where both roles expect the competency and a side lists
 * criteria, since a single descriptor is either side's whole text.
 */
export function criterionTags(change: ExpectationChange, side: keyof typeof CRITERION_LABELS, words: Messages): ReadonlyMap<string, string> | undefined {
	const listed = change.fromDescriptor?.isList || change.toDescriptor?.isList;
	if (!change.from || !change.to || !listed) return undefined;
	return new Map(change.criteria[side].map((criterion) => [criterion.id, words[CRITERION_LABELS[side]]]));
}

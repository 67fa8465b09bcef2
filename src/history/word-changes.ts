import { diffWords } from 'diff';

/**
 * How much a word diff may cost. Myers' diff grows with the length of the texts times the number of
 * edits, and with the square of the length when a long text is reworded throughout: one release
 * snapshot in a pull request could then stall the build. Past either bound the change is shown as
 * what it is to a reader anyway, the old wording replaced by the new, with no word marked inside.
 * Deterministic bounds, not a time limit: a build shows the same page on every machine.
 */
export const WORD_DIFF_BOUNDS = {
	/** The longest text, in characters, diffed word by word: far beyond any descriptor or criterion. */
	maxLength: 10_000,
	/** The most words and spaces added or removed before the diff gives up. */
	maxEditLength: 400,
};

export interface WordChange {
	kind: 'same' | 'added' | 'removed';
	text: string;
}

/**
 * Two wordings of a text, word by word: what stayed, what went, what came. The diff is jsdiff's,
 * within `WORD_DIFF_BOUNDS`; past them, the whole old wording replaced by the new.
 */
export function wordChanges(before: string, after: string): WordChange[] {
	const changes =
		before.length > WORD_DIFF_BOUNDS.maxLength || after.length > WORD_DIFF_BOUNDS.maxLength
			? undefined
			: diffWords(before, after, { maxEditLength: WORD_DIFF_BOUNDS.maxEditLength });
	if (!changes) return replaced(before, after);
	const parts: WordChange[] = [];
	for (const part of changes) {
		const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
		const previous = parts.at(-1);
		// A word that went, right before the word that came in its place, has no space between them:
		// one is struck through, but copied or searched they would read as one word ("somelittle").
		if (previous && previous.kind !== 'same' && kind !== 'same' && !/\s$/.test(previous.text) && !/^\s/.test(part.value)) {
			parts.push({ kind: 'same', text: ' ' });
		}
		parts.push({ kind, text: part.value });
	}
	return parts;
}

/** The whole old wording removed and the whole new one added, a space between them. */
function replaced(before: string, after: string): WordChange[] {
	return [
		{ kind: 'removed', text: before },
		{ kind: 'same', text: ' ' },
		{ kind: 'added', text: after },
	];
}

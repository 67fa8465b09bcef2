import { diffWords } from 'diff';
import { inlineText } from './inline-markdown.ts';

/**
 * Two wordings of a text, word by word: what stayed, what went, what came, as the words a reader
 * sees (without Markdown). The diff is jsdiff's, not hand-made.
 */
export function wordDiff(from: string, to: string): WordDiffPart[] {
	return diffWords(inlineText(from), inlineText(to)).map((part) => ({
		kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
		text: part.value,
	}));
}

export interface WordDiffPart {
	kind: 'same' | 'added' | 'removed';
	text: string;
}

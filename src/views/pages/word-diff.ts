import { wordChanges, type WordChange } from '../../history/word-changes.ts';
import { inlineText } from '../shared/inline-markdown.ts';

/**
 * Two wordings of a text, word by word, as the words a reader sees (without Markdown): what
 * stayed, what went, what came.
 */
export function wordDiff(from: string, to: string): WordDiffPart[] {
	return wordChanges(inlineText(from), inlineText(to));
}

export type WordDiffPart = WordChange;

import { diffWords } from 'diff';
import { inlineText } from '../shared/inline-markdown.ts';

/**
 * Two wordings of a text, word by word: what stayed, what went, what came, as the words a reader
 * sees (without Markdown). The diff is jsdiff's, not hand-made.
 */
export function wordDiff(from: string, to: string): WordDiffPart[] {
	const parts: WordDiffPart[] = [];
	for (const part of diffWords(inlineText(from), inlineText(to))) {
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

export interface WordDiffPart {
	kind: 'same' | 'added' | 'removed';
	text: string;
}

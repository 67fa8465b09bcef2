/**
 * A bound on what one piece of Markdown may cost to parse. Markdown's parser (micromark) matches
 * brackets by looking back over every opening bracket of the paragraph, so its time grows with the
 * square of a paragraph's brackets, and faster when they nest: measured here, 60,000 `[` then
 * 60,000 `]` in one line took 79 s, and 1,000 nested `![` 1.6 s. No prose needs hundreds of links
 * in one paragraph, or brackets nested dozens deep, so such a paragraph is refused before it is
 * parsed, which keeps the check (and the build) linear in the size of the ladder.
 */

/** The most unescaped `[` one paragraph may hold. */
export const MAX_BRACKETS = 1_000;
/** The deepest `[` may nest in one paragraph. */
export const MAX_BRACKET_DEPTH = 32;

/** What is wrong, and the 1-based line the paragraph starts on; `undefined` when it is within the bound. */
export function markdownCostProblem(text: string): { line: number; message: string } | undefined {
	let line = 1;
	let paragraphLine = 1;
	let count = 0;
	let depth = 0;
	let deepest = 0;
	let blank = true;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (char === '\n') {
			line++;
			// A blank line ends the paragraph: brackets never match across one.
			if (blank) (count = 0), (depth = 0), (deepest = 0), (paragraphLine = line);
			blank = true;
			continue;
		}
		if (char !== ' ' && char !== '\t' && char !== '\r') {
			if (blank && count === 0) paragraphLine = line;
			blank = false;
		}
		if (char === '\\') {
			i++;
			continue;
		}
		if (char === '[') {
			count++;
			deepest = Math.max(deepest, ++depth);
		} else if (char === ']' && depth > 0) depth--;
		if (count > MAX_BRACKETS || deepest > MAX_BRACKET_DEPTH) return { line: paragraphLine, message: costMessage() };
	}
	return undefined;
}

export function costMessage(): string {
	return `has a paragraph with more than ${MAX_BRACKETS.toLocaleString('en')} [ brackets, or brackets nested more than ${MAX_BRACKET_DEPTH} deep, which Markdown cannot read in reasonable time: split it with blank lines, or write \\[ for a literal bracket`;
}

/**
 * Wraps text into at most `maxLines` lines of at most `perLine` characters, for SVG, which does
 * not wrap. Words longer than a line are cut; text that does not fit ends with an ellipsis.
 */
export function wrapText(text: string, perLine: number, maxLines: number): WrappedText {
	const width = Math.max(2, perLine);
	const lines: WrappedLine[] = [];
	let line: WrappedLine = { text: '', continues: false };
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const joined = line.text ? `${line.text} ${word}` : word;
		if (joined.length <= width) {
			line.text = joined;
			continue;
		}
		if (line.text) lines.push(line);
		line = { text: word, continues: false };
		while (line.text.length > width) {
			lines.push({ text: line.text.slice(0, width), continues: line.continues });
			line = { text: line.text.slice(width), continues: true };
		}
	}
	if (line.text) lines.push(line);
	if (lines.length <= maxLines) return { lines, truncated: false };
	const kept = lines.slice(0, maxLines);
	const last = kept[maxLines - 1]!;
	kept[maxLines - 1] = { ...last, text: `${last.text.slice(0, width - 1)}…` };
	return { lines: kept, truncated: true };
}

/** Joins wrapped lines back into the text they show, a space where the text had one. */
export function unwrap(lines: readonly WrappedLine[]): string {
	return lines.map((line, index) => (index > 0 && !line.continues ? ` ${line.text}` : line.text)).join('');
}

export interface WrappedText {
	lines: WrappedLine[];
	/** Whether the text was cut short to fit. */
	truncated: boolean;
}

export interface WrappedLine {
	text: string;
	/** Whether this line carries on a word cut at the end of the line before. */
	continues: boolean;
}

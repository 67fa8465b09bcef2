import { describe, expect, test } from 'vitest';
import { unwrap, wrapText } from './wrap-text.ts';

const texts = (text: string, perLine: number, maxLines: number) => wrapText(text, perLine, maxLines).lines.map((line) => line.text);

describe('wrapText', () => {
	test('fills lines word by word', () => {
		expect(texts('Senior Software Engineering Manager', 19, 3)).toEqual(['Senior Software', 'Engineering Manager']);
		expect(wrapText('Senior Software Engineering Manager', 19, 3).truncated).toBe(false);
	});

	test('cuts a word longer than a line, and marks the lines that carry it on', () => {
		const { lines } = wrapText('Supercalifragilistic role', 8, 4);
		expect(lines).toEqual([
			{ text: 'Supercal', continues: false },
			{ text: 'ifragili', continues: true },
			{ text: 'stic', continues: true },
			{ text: 'role', continues: false },
		]);
		expect(unwrap(lines)).toBe('Supercalifragilistic role');
	});

	test('ends text that does not fit with an ellipsis', () => {
		const wrapped = wrapText('one two three four five six', 7, 2);
		expect(wrapped.lines.map((line) => line.text)).toEqual(['one two', 'three…']);
		expect(wrapped.truncated).toBe(true);
		expect(wrapped.lines.every((line) => line.text.length <= 7)).toBe(true);
	});

	test('treats runs of white space as one space', () => {
		expect(texts('  a \n b  ', 10, 1)).toEqual(['a b']);
	});
});

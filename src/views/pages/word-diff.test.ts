import { describe, expect, test } from 'vitest';
import { WORD_DIFF_BOUNDS } from '../../history/word-changes.ts';
import { wordDiff } from './word-diff.ts';

describe('wordDiff', () => {
	test('marks the words that went and came, keeping the rest', () => {
		expect(wordDiff('Owns a small service.', 'Owns a large service.')).toEqual([
			{ kind: 'same', text: 'Owns a ' },
			{ kind: 'removed', text: 'small' },
			{ kind: 'same', text: ' ' },
			{ kind: 'added', text: 'large' },
			{ kind: 'same', text: ' service.' },
		]);
	});

	test('reads every wording back whole: the old from all but the added, the new from all but the removed', () => {
		const pairs = [
			['Owns a small service.', 'Owns a large service.'],
			['Reviews code', 'Reviews code and designs'],
			['Leads **several** teams', 'Leads one team'],
			['a b c', 'x y z'],
		] as const;
		for (const [from, to] of pairs) {
			const parts = wordDiff(from, to);
			const read = (skip: string) => parts.filter((part) => part.kind !== skip).map((part) => part.text).join('').replace(/\s+/g, ' ');
			expect(read('added').trim()).toBe(from.replace(/\*\*/g, ''));
			expect(read('removed').trim()).toBe(to);
		}
	});

	test('shows a text reworded past the bounds as replaced whole, at a cost that grows with its length, not its square', () => {
		const words = (count: number, seed: string) => Array.from({ length: count }, (_, i) => `${seed}${(i * 7919) % 1000}`).join(' ');
		// Long texts reworded throughout: every word differs.
		const [from, to] = [words(1_200, 'old'), words(1_200, 'new')];
		expect(from.length).toBeLessThan(WORD_DIFF_BOUNDS.maxLength);
		expect(wordDiff(from, to)).toEqual([
			{ kind: 'removed', text: from },
			{ kind: 'same', text: ' ' },
			{ kind: 'added', text: to },
		]);
		const huge = words(5_000, 'a');
		expect(huge.length).toBeGreaterThan(WORD_DIFF_BOUNDS.maxLength);
		expect(wordDiff(huge, `${huge} more`).map((part) => part.kind)).toEqual(['removed', 'same', 'added']);
		// A long text with one word changed is still diffed word by word.
		expect(wordDiff(from, from.replace('old0 ', 'new0 ')).filter((part) => part.kind !== 'same').map((part) => part.text)).toEqual(['old0', 'new0']);
	});
});

import { describe, expect, test } from 'vitest';
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
});

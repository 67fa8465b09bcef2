import { describe, expect, test } from 'vitest';
import { closest, didYouMean } from './closest.ts';

describe('closest', () => {
	test('finds a misspelt id: a letter missing, added, changed or two swapped', () => {
		const known = ['engineering', 'management', 'design'];
		expect(closest('enginering', known)).toEqual(['engineering']);
		expect(closest('engineerring', known)).toEqual(['engineering']);
		expect(closest('managment', known)).toEqual(['management']);
		expect(closest('dezign', known)).toEqual(['design']);
		expect(closest('desing', known)).toEqual(['design']);
	});

	test('suggests nothing for an id nothing is close to', () => {
		expect(closest('marketing', ['engineering', 'design'])).toEqual([]);
		expect(didYouMean('marketing', ['engineering'])).toBe('');
		expect(didYouMean('codng', ['coding', 'coaching'])).toBe(' (did you mean "coding"?)');
	});
});

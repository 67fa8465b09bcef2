import { describe, expect, test } from 'vitest';
import { closest, didYouMean, SUGGESTION_BUDGET, withSuggestionBudget } from './closest.ts';

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

	test('within one check, compares at most its budget of ids in all: thousands of unknown ids stay linear', () => {
		const known = Array.from({ length: 4_000 }, (_, i) => `competency-number-${i}`);
		const suggested = withSuggestionBudget(() => known.map((id) => closest(id.replace('number', 'numbr'), known, 1)));

		// Each look-up compares all 4,000 ids: the budget covers the first five, and the rest get none.
		const within = Math.floor(SUGGESTION_BUDGET / known.length);
		expect(suggested.slice(0, within)).toEqual(known.slice(0, within).map((id) => [id]));
		expect(suggested.slice(within).every((found) => found.length === 0)).toBe(true);
		// Outside a check, and in the next one, nothing is left over from it.
		expect(closest('competency-numbr-7', known, 1)).toEqual(['competency-number-7']);
		expect(withSuggestionBudget(() => closest('competency-numbr-7', known, 1))).toEqual(['competency-number-7']);
	});
});

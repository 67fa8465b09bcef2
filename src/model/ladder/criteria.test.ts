import { describe, expect, test } from 'vitest';
import { compareCriteria, deriveCriterionId, toLevelDescriptor } from './criteria.ts';

describe('toLevelDescriptor', () => {
	test('holds a single descriptor as one criterion, not a list', () => {
		const level = toLevelDescriptor('Writes *clear* code.', 'coding', 'good', new Set());
		expect(level).toEqual({ isList: false, criteria: [{ id: 'coding-good', idWritten: false, text: 'Writes *clear* code.', examples: [] }] });
	});

	test('keeps a list in order, with written ids and examples, and derives the ids left out', () => {
		const level = toLevelDescriptor(
			['Helps new joiners get productive in their first month.', { text: 'Runs onboarding.', id: 'runs-onboarding', examples: ['Rewrote the guide.'] }],
			'mentoring',
			'proficient',
			new Set(['runs-onboarding']),
		);
		expect(level.isList).toBe(true);
		expect(level.criteria).toEqual([
			{ id: 'mentoring-proficient-helps-new-joiners-get-productive-in', idWritten: false, text: 'Helps new joiners get productive in their first month.', examples: [] },
			{ id: 'runs-onboarding', idWritten: true, text: 'Runs onboarding.', examples: ['Rewrote the guide.'] },
		]);
	});

	test('never derives an id already taken, by a written id or an earlier criterion', () => {
		const taken = new Set(['mentoring-good-helps']);
		const level = toLevelDescriptor(['Helps.', 'Helps!'], 'mentoring', 'good', taken);
		expect(level.criteria.map((c) => c.id)).toEqual(['mentoring-good-helps-2', 'mentoring-good-helps-3']);
	});
});

describe('deriveCriterionId', () => {
	test('is stable across positions and made of the first words, without Markdown or accents', () => {
		expect(deriveCriterionId('c', 'l', 'Leads **café** [design](https://example.com) reviews, often and well.')).toBe(
			'c-l-leads-cafe-design-reviews-often-and',
		);
	});

	test('falls back to a hash of the text when it has no Latin letters or digits', () => {
		const id = deriveCriterionId('c', 'l', '設計をレビューする');
		expect(id).toMatch(/^c-l-[a-z0-9]+$/);
		expect(deriveCriterionId('c', 'l', '設計をレビューする')).toBe(id);
		expect(deriveCriterionId('c', 'l', '別の基準')).not.toBe(id);
	});
});

describe('compareCriteria', () => {
	const level = (...texts: string[]) => toLevelDescriptor(texts, 'c', `l${texts.length}`, new Set());

	test('matches criteria by words, whatever their ids, and says which are added and removed', () => {
		const change = compareCriteria(level('Writes tests.', 'Reviews code.'), level('Reviews  code.', 'Designs systems.', 'Mentors.'));
		expect(change.added.map((c) => c.text)).toEqual(['Designs systems.', 'Mentors.']);
		expect(change.removed.map((c) => c.text)).toEqual(['Writes tests.']);
		expect(change.kept.map((c) => c.text)).toEqual(['Reviews  code.']);
	});

	test('treats a missing side as empty', () => {
		const change = compareCriteria(undefined, level('Writes tests.'));
		expect(change.added.map((c) => c.text)).toEqual(['Writes tests.']);
		expect(change.removed).toEqual([]);
	});
});

import { describe, expect, test } from 'vitest';
import { makeLadder, makeRole, makeSource } from '../../../tests/support/ladder-builders.ts';
import { stepsLadder } from '../../../tests/support/small-ladders.ts';
import { ladderSteps, stepsOf } from './steps.ts';

const ladder = stepsLadder;

const describeStep = (s: { fromId: string; toId: string; kinds: Set<string> }) => `${s.fromId} → ${s.toId} (${[...s.kinds].join(', ')})`;

describe('ladderSteps', () => {
	test('lists every next path, and the rung below for a role no next path reaches', () => {
		expect(ladderSteps(ladder).map(describeStep)).toEqual(['junior → senior (next)', 'senior → boss (next)', 'junior → twin (grade)']);
	});

	test('does not pair every role of a rung with every role of the rung below when next paths say who steps where', () => {
		const rung = (grade: number, ids: string[], next?: (id: string) => string[]) =>
			Object.fromEntries(ids.map((id) => [id, makeRole({ title: id, grade, ...(next ? { next: next(id) } : {}) })]));
		const wide = makeLadder(
			makeSource({ roles: { ...rung(1, ['a1', 'b1', 'c1'], (id) => [`${id[0]}2`]), ...rung(2, ['a2', 'b2', 'c2']) } }),
		);

		expect(ladderSteps(wide).map(describeStep)).toEqual(['a1 → a2 (next)', 'b1 → b2 (next)', 'c1 → c2 (next)']);
	});

	test('stepsOf finds the steps that end and start at a role', () => {
		const { from, to } = stepsOf(ladderSteps(ladder), 'senior');

		expect(from.map(describeStep)).toEqual(['junior → senior (next)']);
		expect(to.map(describeStep)).toEqual(['senior → boss (next)']);
	});
});

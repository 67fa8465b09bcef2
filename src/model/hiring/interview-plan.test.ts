import { describe, expect, test } from 'vitest';
import { makeArea, makeCompetency, makeLadder, makeLadderFile, makeRole, makeSource } from '../../../tests/support/ladder-builders.ts';
import { interviewPlan } from './interview-plan.ts';
import { kitFingerprint, scorecard } from './scorecard.ts';
import { jobAd } from './job-ad.ts';
import type { Ladder } from '../ladder/types.ts';

const q = (text: string, minutes?: number) => (minutes ? { text, minutes } : text);

/** Three competencies: `building` with questions at every level, `testing` only at basic, `design` with none. */
function ladderWith(role: Record<string, unknown>, hiring?: { minutes?: number; perCompetency?: number }): Ladder {
	return makeLadder(
		makeSource({
			ladder: makeLadderFile(hiring ? { hiring } : {}),
			areas: {
				craft: makeArea([], {
					competencies: [
						makeCompetency('building', {
							questions: { basic: [q('B basic one.', 5)], good: [q('B good one.', 15), q('B good two.', 5), q('B good three.')], great: [q('B great one.')] },
						}),
						makeCompetency('testing', { questions: { basic: [q('T basic one.', 5)] } }),
						makeCompetency('design'),
					],
				}),
			},
			roles: { maker: makeRole({ expectations: { building: 'good', testing: 'good', design: 'good' }, ...role }) },
		}),
	);
}
const plan = (ladder: Ladder) => interviewPlan(ladder, ladder.roles[0]!)!;
const asked = (ladder: Ladder) => plan(ladder).covered.map(({ competency, questions }) => [competency.id, questions.map(({ question, below }) => `${question.text}${below ? ' (below)' : ''}`)]);

describe('the interview plan', () => {
	test('asks a question per competency first, then one from the level below, then more at the level, up to perCompetency', () => {
		const ladder = ladderWith({});
		expect(asked(ladder)).toEqual([
			['building', ['B good one.', 'B good two.', 'B basic one. (below)']],
			// No question at good: the nearest level below covers it.
			['testing', ['T basic one. (below)']],
		]);
		expect(plan(ladder).used).toBe(30);
		expect(plan(ladder).notCovered.map(({ competency, why }) => [competency.id, why])).toEqual([['design', 'no-question']]);
	});

	test('never goes over its minutes: what does not fit is left out, and a competency it cannot reach is named', () => {
		const tight = ladderWith({ hiring: { minutes: 15 } });
		expect(asked(tight)).toEqual([['building', ['B good one.']]]);
		expect(plan(tight).used).toBe(15);
		expect(plan(tight).notCovered.map(({ competency, why }) => [competency.id, why])).toEqual([
			['testing', 'no-time'],
			['design', 'no-question'],
		]);
		// A shorter question of the same level fits where the first does not.
		const shorter = ladderWith({ hiring: { minutes: 12 } });
		expect(asked(shorter)).toEqual([
			['building', ['B good two.']],
			['testing', ['T basic one. (below)']],
		]);
	});

	test('takes the ladder’s settings, the role’s over them, and none for a role not hired for', () => {
		expect(plan(ladderWith({}, { perCompetency: 3, minutes: 100 })).covered[0]!.questions).toHaveLength(4);
		expect(plan(ladderWith({ hiring: { perCompetency: 1 } }, { perCompetency: 3 })).covered[0]!.questions.map((one) => one.question.text)).toEqual(['B good one.', 'B basic one.']);
		const closed = ladderWith({ hiring: false });
		expect(interviewPlan(closed, closed.roles[0]!)).toBeUndefined();
	});

	test('is the same plan for the same ladder, whatever order it is built in', () => {
		expect(JSON.stringify(plan(ladderWith({})))).toBe(JSON.stringify(plan(ladderWith({}))));
	});
});

describe('the scorecard', () => {
	test('anchors each row in the levels below, at and above the role’s, word for word, with none past the ends', () => {
		const ladder = ladderWith({ expectations: { building: 'basic', testing: { level: 'good', note: 'Tests its own work.' }, design: 'great' } });
		const rows = scorecard(ladder, ladder.roles[0]!);
		const texts = (anchor: (typeof rows)[number]['below']) => anchor && [anchor.level.label, anchor.criteria.map((c) => c.text).join(' '), anchor.note];
		expect(rows.map((row) => [row.competency.id, texts(row.below), texts(row.meets), texts(row.exceeds)])).toEqual([
			['building', undefined, ['Basic', 'building at basic.', undefined], ['Good', 'building at good.', undefined]],
			['testing', ['Basic', 'testing at basic.', undefined], ['Good', 'testing at good.', 'Tests its own work.'], ['Great', 'testing at great.', undefined]],
			['design', ['Good', 'design at good.', undefined], ['Great', 'design at great.', undefined], undefined],
		]);
	});

	test('has a fingerprint that changes with its anchors and questions, and only with them', () => {
		const one = ladderWith({});
		const print = (ladder: Ladder) => kitFingerprint(scorecard(ladder, ladder.roles[0]!), plan(ladder).covered.flatMap((c) => c.questions.map((x) => x.question.id)));
		expect(print(one)).toMatch(/^[0-9a-f]{8}$/);
		expect(print(ladderWith({ summary: 'Another summary.' }))).toBe(print(one));
		expect(print(ladderWith({ expectations: { building: 'great', testing: 'good', design: 'good' } }))).not.toBe(print(one));
	});
});

describe('the job ad', () => {
	test('says what the role will do in the ladder’s words: its note where it has one, else its level', () => {
		const ladder = ladderWith({ expectations: { building: 'good', testing: { level: 'good', note: 'Tests its own work.' } } });
		expect(jobAd(ladder, ladder.roles[0]!).duties.map(({ competency, text }) => [competency.id, text])).toEqual([
			['building', 'building at good.'],
			['testing', 'Tests its own work.'],
		]);
	});
});

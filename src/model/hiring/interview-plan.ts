/**
 * The interview plan for a role: for each competency the role expects, questions at the role's
 * level and one from the level below, chosen to fit the interview's minutes. Structured
 * interviewing asks every candidate the same questions, so the choice is fixed by the ladder
 * alone: the same ladder gives the same plan.
 */
import { getCompetency, getTrack, namedLevel } from '../ladder/lookup.ts';
import type { Competency, HiringSettings, Ladder, Level, Question, Role } from '../ladder/types.ts';

export interface PlannedQuestion {
	question: Question;
	/** The level it is asked at, as the role's track names it. */
	level: Level;
	/** Whether it is from a level below the role's: the floor the candidate should clear. */
	below: boolean;
}

export interface PlannedCompetency {
	competency: Competency;
	/** The level the role expects, as its track names it. */
	level: Level;
	questions: PlannedQuestion[];
}

export interface InterviewPlan {
	settings: HiringSettings;
	/** The minutes the chosen questions take: never more than `settings.minutes`. */
	used: number;
	/** In competency order; a competency with no chosen question is under `notCovered`. */
	covered: PlannedCompetency[];
	/** Every competency the role expects that the plan asks nothing about, and why. */
	notCovered: { competency: Competency; level: Level; why: 'no-question' | 'no-time' }[];
}

/** The plan, or `undefined` for a role not hired for from outside (`hiring: false`). */
export function interviewPlan(ladder: Ladder, role: Role): InterviewPlan | undefined {
	const settings = role.hiring;
	if (settings === false) return undefined;
	const track = getTrack(ladder, role.trackId);
	const rank = new Map(ladder.levels.map((level) => [level.id, level.rank]));

	const candidates = role.expectations.map((expectation) => {
		const competency = getCompetency(ladder, expectation.competencyId);
		const own = rank.get(expectation.levelId)!;
		// The levels it describes below the role's, the nearest first.
		const lower = [...competency.descriptors.keys()].filter((id) => rank.get(id)! < own).sort((a, b) => rank.get(b)! - rank.get(a)!);
		const asked = (levelId: string, below: boolean) => (competency.questions.get(levelId) ?? []).map((question) => ({ question, levelId, below }));
		const atLevel = asked(expectation.levelId, false);
		const belowLevel = lower[0] === undefined ? [] : asked(lower[0], true);
		// Where the role's level has no question, one from the nearest level below that has one covers it.
		const floor = lower.map((id) => asked(id, true)).find((list) => list.length > 0) ?? [];
		return { competency, levelId: expectation.levelId, atLevel, belowLevel, floor };
	});

	// In rounds, so that every competency gets its first question before any gets its second:
	// first a question per competency, then one from the level below, then the rest at the level.
	type Candidate = (typeof candidates)[number]['atLevel'][number];
	const chosen = new Map<string, Candidate[]>();
	let used = 0;
	const take = (competencyId: string, options: readonly Candidate[]) => {
		const taken = chosen.get(competencyId) ?? [];
		const fitting = options.find((option) => !taken.includes(option) && used + option.question.minutes <= settings.minutes);
		if (!fitting) return;
		used += fitting.question.minutes;
		chosen.set(competencyId, [...taken, fitting]);
	};
	for (const c of candidates) take(c.competency.id, c.atLevel.length > 0 ? c.atLevel : c.floor);
	for (const c of candidates) if (c.atLevel.length > 0 && chosen.has(c.competency.id)) take(c.competency.id, c.belowLevel.slice(0, 1));
	for (let n = 1; n < settings.perCompetency; n++) {
		for (const c of candidates) if (chosen.has(c.competency.id)) take(c.competency.id, c.atLevel.slice(n, n + 1));
	}

	const named = (levelId: string, competency: Competency) => namedLevel(ladder, levelId, competency, track);
	const covered: PlannedCompetency[] = [];
	const notCovered: InterviewPlan['notCovered'] = [];
	for (const c of candidates) {
		const level = named(c.levelId, c.competency);
		const picked = chosen.get(c.competency.id);
		if (!picked) {
			notCovered.push({ competency: c.competency, level, why: c.atLevel.length + c.floor.length > 0 ? 'no-time' : 'no-question' });
			continue;
		}
		// The role's level first, in the order written; then the one from below (a competency has one at most).
		const position = (pick: Candidate) => (pick.below ? c.atLevel.length : c.atLevel.indexOf(pick));
		const ordered = [...picked].sort((a, b) => position(a) - position(b));
		covered.push({ competency: c.competency, level, questions: ordered.map(({ question, levelId, below }) => ({ question, level: named(levelId, c.competency), below })) });
	}
	return { settings, used, covered, notCovered };
}

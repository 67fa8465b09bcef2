import { getCompetency, getTrack, namedLevel } from './lookup.ts';
import { compareCriteria, type CriteriaChange } from './criteria.ts';
import type { Competency, Ladder, Level, LevelDescriptor, Role } from './types.ts';

/** How an expectation changes from one role to the next. */
export type ChangeKind = 'added' | 'raised' | 'same' | 'lowered' | 'removed';

/**
 * How each competency's expectation changes from one role to another, in competency order.
 * `from` may be absent (the first rung of a track): then everything is newly expected.
 */
export function compareExpectations(
	ladder: Ladder,
	from: Role | undefined,
	to: Role,
): ExpectationChange[] {
	const before = levelsById(ladder, from);
	const after = levelsById(ladder, to);
	return ladder.competencies
		.filter((c) => before.has(c.id) || after.has(c.id))
		.map((competency) => {
			const fromLevel = before.get(competency.id);
			const toLevel = after.get(competency.id);
			const fromDescriptor = fromLevel && competency.descriptors.get(fromLevel.id);
			const toDescriptor = toLevel && competency.descriptors.get(toLevel.id);
			return {
				competency,
				from: fromLevel,
				to: toLevel,
				fromNote: noteOf(from, competency.id),
				toNote: noteOf(to, competency.id),
				kind: changeKind(fromLevel, toLevel),
				fromDescriptor,
				toDescriptor,
				criteria: compareCriteria(fromDescriptor, toDescriptor),
			};
		});
}

/** How many competencies change in each way, in the order readers care about. */
export function countChanges(changes: readonly ExpectationChange[]): { kind: ChangeKind; count: number }[] {
	const kinds: ChangeKind[] = ['raised', 'added', 'lowered', 'removed', 'same'];
	return kinds
		.map((kind) => ({ kind, count: changes.filter((change) => change.kind === kind).length }))
		.filter(({ count }) => count > 0);
}

/** The changes that matter when stepping up: everything except an unchanged level. */
export function changesOnly(changes: readonly ExpectationChange[]): ExpectationChange[] {
	return changes.filter((change) => change.kind !== 'same');
}

function changeKind(from: Level | undefined, to: Level | undefined): ChangeKind {
	if (!from) return 'added';
	if (!to) return 'removed';
	if (to.rank > from.rank) return 'raised';
	return to.rank < from.rank ? 'lowered' : 'same';
}

/** What a role's expected level means for it in particular, where it says. */
function noteOf(role: Role | undefined, competencyId: string): string | undefined {
	return role?.expectations.find((e) => e.competencyId === competencyId)?.note;
}

function levelsById(ladder: Ladder, role: Role | undefined): Map<string, Level> {
	const track = role && getTrack(ladder, role.trackId);
	return new Map(
		(role?.expectations ?? []).map((e) => {
			const competency = getCompetency(ladder, e.competencyId);
			return [competency.id, namedLevel(ladder, e.levelId, competency, track)];
		}),
	);
}


export interface ExpectationChange {
	competency: Competency;
	from?: Level | undefined;
	to?: Level | undefined;
	kind: ChangeKind;
	/** Each role's own words on its level, part of what it expects. */
	fromNote?: string | undefined;
	toNote?: string | undefined;
	/** What the competency looks like at each side's level. */
	fromDescriptor?: LevelDescriptor | undefined;
	toDescriptor?: LevelDescriptor | undefined;
	/** Criteria the later level adds and drops, matched by id or words. */
	criteria: CriteriaChange;
}

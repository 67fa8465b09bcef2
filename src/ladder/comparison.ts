import { compareExpectations, type ExpectationChange } from './compare.ts';
import { getRole, getTrack, rungBelow } from './lookup.ts';
import type { ProfileChart } from './profile-geometry.ts';
import { profileChart } from './profile.ts';
import { searchMeta, type SearchMeta } from './search-meta.ts';
import type { Ladder, Role, Track } from './types.ts';

/**
 * Every step of the ladder worth a comparison page: each `next` path (across tracks too), and, for
 * a role that no `next` names, each role at the nearest lower grade of its track; once each, in
 * ladder order. Pairing every role of a rung with every role of the rung below would make pages
 * grow with the square of the roles per rung; where the ladder says how people arrive, that is it.
 */
export function ladderSteps(ladder: Ladder): LadderStep[] {
	const cached = stepsCache.get(ladder);
	if (cached) return cached;
	const steps = new Map<string, LadderStep>();
	const add = (from: Role, to: Role, kind: StepKind) => {
		const key = stepKey(from.id, to.id);
		const existing = steps.get(key);
		if (existing) existing.kinds.add(kind);
		else steps.set(key, { fromId: from.id, toId: to.id, kinds: new Set([kind]) });
	};
	for (const role of ladder.roles) {
		for (const nextId of role.next) add(role, getRole(ladder, nextId), 'next');
	}
	for (const role of ladder.roles) {
		if (role.reachedFrom.length === 0) for (const below of rungBelow(ladder, role)) add(below, role, 'grade');
	}
	const list = [...steps.values()];
	stepsCache.set(ladder, list);
	return list;
}

// Every role page asks for the ladder's steps; work them out once per ladder.
const stepsCache = new WeakMap<Ladder, LadderStep[]>();

/** Everything that changes from one role to another: expectations first, then the role facts. */
export function compareRoles(ladder: Ladder, fromId: string, toId: string): RoleComparison {
	const from = getRole(ladder, fromId);
	const to = getRole(ladder, toId);
	const expectations = compareExpectations(ladder, from, to);
	const [fromTrack, toTrack] = [getTrack(ladder, from.trackId), getTrack(ladder, to.trackId)];
	return {
		from: { role: from, track: fromTrack },
		to: { role: to, track: toTrack },
		search: searchMeta.comparison(from, fromTrack, to, toTrack),
		changes: expectations.filter((c) => c.kind !== 'same'),
		unchanged: expectations.filter((c) => c.kind === 'same'),
		facts: (['scope', 'experience', 'education'] as const)
			.map((field) => ({ field, from: from[field], to: to[field] }))
			.filter((fact) => fact.from !== fact.to),
		skills: skillChanges(from, to),
		// The destination drawn solid, the starting role beneath it, as on a role page.
		profile: profileChart(ladder, [to, from]),
	};
}

/** The steps that start or end at a role, for its page's "what changes" links. */
export function stepsOf(steps: readonly LadderStep[], roleId: string) {
	return {
		from: steps.filter((step) => step.toId === roleId),
		to: steps.filter((step) => step.fromId === roleId),
	};
}

function skillChanges(from: Role, to: Role): { gained: string[]; dropped: string[] } {
	const skillsOf = (role: Role) => new Set(role.skills.flatMap((group) => group.items));
	const before = skillsOf(from);
	const after = skillsOf(to);
	return {
		gained: [...after].filter((skill) => !before.has(skill)),
		dropped: [...before].filter((skill) => !after.has(skill)),
	};
}

function stepKey(fromId: string, toId: string): string {
	return `${fromId}→${toId}`;
}

export interface LadderStep {
	fromId: string;
	toId: string;
	/** Why it is a step: the next grade of a track, a `next` path, or both. */
	kinds: Set<StepKind>;
}

export type StepKind = 'grade' | 'next';

export interface RoleComparison {
	from: { role: Role; track: Track };
	to: { role: Role; track: Track };
	/** Competencies whose expectation differs, in competency order. */
	changes: ExpectationChange[];
	unchanged: ExpectationChange[];
	/** Scope, experience and education where they differ. */
	facts: { field: 'scope' | 'experience' | 'education'; from?: string | undefined; to?: string | undefined }[];
	skills: { gained: string[]; dropped: string[] };
	/** Both roles' profiles on one chart, the destination first. */
	profile: ProfileChart;
	search: SearchMeta;
}

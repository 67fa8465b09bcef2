import { getRole, rungBelow } from './lookup.ts';
import type { Ladder, Role } from './types.ts';

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

/** The steps that start or end at a role, for its page's "what changes" links. */
export function stepsOf(steps: readonly LadderStep[], roleId: string) {
	return {
		from: steps.filter((step) => step.toId === roleId),
		to: steps.filter((step) => step.fromId === roleId),
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

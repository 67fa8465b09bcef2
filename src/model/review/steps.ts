/**
 * The steps of a track seen by the review: a role and each `next` role on its own track. A step
 * that asks nothing more (the same levels of the same competencies, with the same notes) tells a
 * reader nothing about the way up; a competency the next role drops may be meant, or forgotten.
 */
import { getRole, sharedTrack } from '../ladder/lookup.ts';
import type { Ladder, Role } from '../ladder/types.ts';

export interface Step {
	from: Role;
	to: Role;
}

/** Every `next` path that stays on a track (for a role tracks share, on any of its tracks). */
export function trackSteps(ladder: Ladder): Step[] {
	return ladder.roles.flatMap((from) =>
		from.next.map((id) => getRole(ladder, id)).flatMap((to) => (sharedTrack(ladder, from, to) ? [{ from, to }] : [])),
	);
}

/** Whether `to` expects exactly what `from` does: the same competencies, levels and notes. */
export function addsNothing({ from, to }: Step): boolean {
	const key = (role: Role) => JSON.stringify(role.expectations.map((e) => [e.competencyId, e.levelId, e.note ?? '']));
	return from.expectations.length > 0 && key(from) === key(to);
}

/**
 * The competencies a role expects and none of its next roles on its track does. Where a track
 * branches (two specialities above one role), a competency kept on one branch is not dropped; and
 * a role is compared with its next roles once, so that a rung of many roles, each leading to every
 * role of the next, costs what its roles do, not what their pairs do.
 */
export function droppedOnTheWayUp(steps: readonly Step[]): { from: Role; to: Role[]; competencyId: string }[] {
	return [...Map.groupBy(steps, (step) => step.from)].flatMap(([from, ofFrom]) => {
		const to = ofFrom.map((step) => step.to);
		const kept = new Set(to.flatMap((role) => role.expectations.map((e) => e.competencyId)));
		return from.expectations.filter((e) => !kept.has(e.competencyId)).map((e) => ({ from, to, competencyId: e.competencyId }));
	});
}

import { changesOnly, compareExpectations, type ExpectationChange } from '../../model/ladder/compare.ts';
import { rungBelow, trackRoles } from '../../model/ladder/lookup.ts';
import type { Ladder, Role, Track } from '../../model/ladder/types.ts';

/** A track's roles in grade order, each with what it changes over the rung below it. */
export function trackSteps(ladder: Ladder, track: Track): TrackStep[] {
	const roles = trackRoles(ladder, track);
	return roles.map((role) => {
		// With several roles on the rung below, compare with the last listed: one baseline per step.
		const previous = rungBelow(ladder, role).at(-1);
		return { role, previous, changes: changesOnly(compareExpectations(ladder, previous, role)) };
	});
}

export interface TrackStep {
	role: Role;
	/** The rung below, absent for the track's first role. */
	previous?: Role | undefined;
	changes: ExpectationChange[];
}

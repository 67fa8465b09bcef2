import { profileChart } from '../../charts/profile-chart.ts';
import type { ProfileChart } from '../../charts/profile-geometry.ts';
import { compareExpectations, type ExpectationChange } from '../../model/ladder/compare.ts';
import { getRole, getTrack, sharedTrack } from '../../model/ladder/lookup.ts';
import type { Ladder, Role, Track } from '../../model/ladder/types.ts';
import { searchMeta, type SearchMeta } from '../shared/search-meta.ts';
import { wordsOf } from '../../messages/catalogue.ts';

/** Everything that changes from one role to another: expectations first, then the role facts. */
export function compareRoles(ladder: Ladder, fromId: string, toId: string): RoleComparison {
	const from = getRole(ladder, fromId);
	const to = getRole(ladder, toId);
	const expectations = compareExpectations(ladder, from, to);
	// A step on one track (a shared role's onto one of its specialities) is named by that track.
	const shared = sharedTrack(ladder, from, to);
	const [fromTrack, toTrack] = [shared ?? getTrack(ladder, from.trackId), shared ?? getTrack(ladder, to.trackId)];
	return {
		from: { role: from, track: fromTrack },
		to: { role: to, track: toTrack },
		search: searchMeta.comparison(from, fromTrack, to, toTrack, wordsOf(ladder)),
		changes: expectations.filter((c) => c.kind !== 'same'),
		unchanged: expectations.filter((c) => c.kind === 'same'),
		facts: (['scope', 'experience', 'education'] as const)
			.map((field) => ({ field, from: from[field], to: to[field] }))
			.filter((fact) => fact.from !== fact.to),
		skills: skillChanges(from, to),
		// The destination drawn solid, the starting role beneath it, as on a role page; levels named
		// as their track names them where both roles are of one track.
		profile: profileChart(ladder, [to, from], fromTrack === toTrack ? toTrack : undefined),
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

export interface RoleComparison {
	from: { role: Role; track: Track };
	to: { role: Role; track: Track };
	/** Competencies whose expectation differs, in competency order. */
	changes: ExpectationChange[];
	unchanged: ExpectationChange[];
	/** Scope, experience and education where they differ. */
	facts: { field: 'scope' | 'experience' | 'education'; from?: string | undefined; to?: string | undefined }[];
	skills: { gained: string[]; dropped: string[] };
	/** Both roles' profiles on one chart, the destination first; none where too many competencies would be its bars. */
	profile: ProfileChart | undefined;
	search: SearchMeta;
}

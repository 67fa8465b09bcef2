/**
 * The job ad for a role, from what the ladder says of it: its title, summary, tracks and grade,
 * and a line per competency it expects of what the person will do, in the ladder's words. Nothing
 * is added that the ladder does not say (no years of experience, no traits).
 */
import { getCompetency, getTrack } from '../ladder/lookup.ts';
import type { Competency, Ladder, Role, Track } from '../ladder/types.ts';

export interface JobAd {
	role: Role;
	tracks: Track[];
	/** One per competency the role expects, in competency order. */
	duties: { competency: Competency; text: string }[];
}

export function jobAd(ladder: Ladder, role: Role): JobAd {
	return {
		role,
		tracks: role.trackIds.map((id) => getTrack(ladder, id)),
		duties: role.expectations.map((expectation) => {
			const competency = getCompetency(ladder, expectation.competencyId);
			const criteria = competency.descriptors.get(expectation.levelId)?.criteria ?? [];
			// The role's own words on it where it has them, else the level's as the ladder writes them.
			return { competency, text: expectation.note ?? criteria.map((criterion) => criterion.text).join(' ') };
		}),
	};
}

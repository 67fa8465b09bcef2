import { trackRoles } from './lookup.ts';
import type { Ladder, Role, Track } from './types.ts';

/** Each track with its roles in grade order: the home page's map of the ladder. */
export function ladderOverview(ladder: Ladder): TrackWithRoles[] {
	return ladder.tracks.map((track) => ({ track, roles: trackRoles(ladder, track) }));
}

export interface TrackWithRoles {
	track: Track;
	roles: Role[];
}

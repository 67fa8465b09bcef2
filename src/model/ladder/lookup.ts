import type { Competency, CompetencyArea, Ladder, Level, LevelDescriptor, Role, Track, TrackGroup } from './types.ts';

/** The role with this id; throws for an id the validator would have refused. */
export function getRole(ladder: Ladder, id: string): Role {
	return find(ladder.roles, id, 'role');
}

/** The track with this id. */
export function getTrack(ladder: Ladder, id: string): Track {
	return find(ladder.tracks, id, 'track');
}

/** The level with this id. */
export function getLevel(ladder: Ladder, id: string): Level {
	return find(ladder.levels, id, 'level');
}

/**
 * A level as it is named for one competency, on one track: the competency's own name for it if it
 * has one, else the track's, else the scale's. Its rank stays the scale's.
 */
export function namedLevel(ladder: Ladder, levelId: string, competency: Competency, track?: Track): Level {
	const level = getLevel(ladder, levelId);
	const label = competency.labels.get(levelId) ?? track?.levelLabels.get(levelId) ?? level.label;
	return label === level.label ? level : { ...level, label };
}

/** The competency with this id. */
export function getCompetency(ladder: Ladder, id: string): Competency {
	return find(ladder.competencies, id, 'competency');
}

/** The competency area with this id. */
export function getArea(ladder: Ladder, id: string): CompetencyArea {
	return find(ladder.areas, id, 'competency area');
}

/** What a competency looks like at a level; throws for a level it does not describe. */
export function getDescriptor(competency: Competency, levelId: string): LevelDescriptor {
	const descriptor = competency.descriptors.get(levelId);
	if (!descriptor) throw new Error(`"${competency.id}" is not described at level "${levelId}"`);
	return descriptor;
}

/** A track's roles, lowest grade first, with the roles it shares with other tracks. */
export function trackRoles(ladder: Ladder, track: Track): Role[] {
	return track.roleIds.map((id) => getRole(ladder, id));
}

/**
 * The roles listed under a track where each role is listed once (the sidebar, a picker, the whole
 * matrix): its own, and those it shares that name it first.
 */
export function listedRoles(ladder: Ladder, track: Track): Role[] {
	return trackRoles(ladder, track).filter((role) => role.trackId === track.id);
}

/** The roles of a role's tracks at the nearest lower grade: the rung people step up from. */
export function rungBelow(ladder: Ladder, role: Role): Role[] {
	const lower = new Set(role.trackIds.flatMap((id) => trackRoles(ladder, getTrack(ladder, id)).filter((r) => r.grade < role.grade)));
	const grade = Math.max(...[...lower].map((r) => r.grade));
	return ladder.roles.filter((r) => lower.has(r) && r.grade === grade);
}

/** The track two roles share (the first of `a`'s that `b` belongs to too), if any: a step on one track. */
export function sharedTrack(ladder: Ladder, a: Role, b: Role): Track | undefined {
	const id = a.trackIds.find((one) => b.trackIds.includes(one));
	return id === undefined ? undefined : getTrack(ladder, id);
}

function find<T extends { id: string }>(items: readonly T[], id: string, kind: string): T {
	const item = indexOf(items).get(id);
	if (!item) throw new Error(`No ${kind} with id "${id}"`);
	return item;
}

// The model's lists never change once resolved: each is indexed by id on first look-up, so a
// look-up costs the same on a ladder of 2,000 roles as on one of 6.
const indexes = new WeakMap<readonly { id: string }[], ReadonlyMap<string, { id: string }>>();

function indexOf<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
	let index = indexes.get(items);
	if (!index) {
		index = new Map(items.map((item) => [item.id, item]));
		indexes.set(items, index);
	}
	return index as ReadonlyMap<string, T>;
}

/**
 * The tracks as the site lists them, in sections: a group's tracks under the group, and each track
 * of no group a section of its own, in the ladder's order. A ladder without groups is one section
 * per track, each without a group.
 */
export function trackSections(ladder: Ladder): { group?: TrackGroup; tracks: Track[] }[] {
	const sections: { group?: TrackGroup; tracks: Track[] }[] = [];
	for (const track of ladder.tracks) {
		const last = sections.at(-1);
		if (track.groupId !== undefined && last?.group?.id === track.groupId) last.tracks.push(track);
		else {
			const group = track.groupId === undefined ? undefined : ladder.groups.find((one) => one.id === track.groupId);
			sections.push({ ...(group ? { group } : {}), tracks: [track] });
		}
	}
	return sections;
}

/**
 * The ladder's name as an assessment, a share link and a team file name it: the original's, in
 * whichever language the site is read, so that one made in one language opens in every other.
 */
export function assessedName(ladder: Ladder): string {
	return ladder.translation?.originalName ?? ladder.name;
}

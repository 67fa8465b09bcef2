/**
 * What changed between two versions of a ladder, both as `/ladder.json` documents. Identity is the
 * id (a role's, an area's, a competency's, a criterion's), never the position: a role moved to
 * another track is the same role, a reworded criterion with the same id is reworded, not removed
 * and added.
 */
import type { LadderExport } from '../io/ladder-export-schema.ts';

type RoleData = LadderExport['roles'][number];
type LevelData = LadderExport['competencies'][number]['descriptors'][string];

export interface LadderChanges {
	roles: {
		added: Named[];
		removed: Named[];
		renamed: Renamed[];
		/** Moved to another track or grade. */
		moved: { id: string; title: string; from: string; to: string }[];
	};
	areas: { added: Named[]; removed: Named[]; renamed: Renamed[] };
	competencies: { added: Named[]; removed: Named[]; renamed: Renamed[] };
	/** Per role that exists in both, its expectations that changed, in the newer ladder's order. */
	expectations: { roleId: string; title: string; changes: ExpectationChange[] }[];
	/** Per competency level whose words changed, in the newer ladder's order. */
	descriptors: DescriptorChange[];
}

export interface Named {
	id: string;
	name: string;
}
export interface Renamed {
	id: string;
	from: string;
	to: string;
}

export interface ExpectationChange {
	competencyId: string;
	competency: string;
	kind: 'raised' | 'lowered' | 'added' | 'removed';
	/** Level labels, as each version names them. */
	from?: string | undefined;
	to?: string | undefined;
}

export interface DescriptorChange {
	competencyId: string;
	competency: string;
	levelId: string;
	level: string;
	/** Criteria (or the single descriptor) by id: added, removed, and reworded with both wordings. */
	added: string[];
	removed: string[];
	reworded: { id: string; from: string; to: string }[];
}

export function diffLadders(before: LadderExport, after: LadderExport): LadderChanges {
	const oldRoles = byId(before.roles);
	const oldTrack = new Map(before.tracks.map((track) => [track.id, track.name]));
	const newTrack = new Map(after.tracks.map((track) => [track.id, track.name]));
	const placeOf = (role: RoleData, tracks: ReadonlyMap<string, string>) => `${tracks.get(role.track) ?? role.track}, grade ${role.grade}`;

	return {
		roles: {
			...addedRemovedRenamed(before.roles, after.roles, (role) => role.title),
			moved: after.roles.flatMap((role) => {
				const old = oldRoles.get(role.id);
				if (!old || (old.track === role.track && old.grade === role.grade)) return [];
				return [{ id: role.id, title: role.title, from: placeOf(old, oldTrack), to: placeOf(role, newTrack) }];
			}),
		},
		areas: addedRemovedRenamed(before.areas, after.areas, (area) => area.name),
		competencies: addedRemovedRenamed(before.competencies, after.competencies, (competency) => competency.name),
		// A role only in one version is added or removed, not every one of its expectations.
		expectations: after.roles.flatMap((role) => {
			const old = oldRoles.get(role.id);
			if (!old) return [];
			const changes = expectationChanges(before, after, old, role);
			return changes.length > 0 ? [{ roleId: role.id, title: role.title, changes }] : [];
		}),
		descriptors: descriptorChanges(before, after),
	};
}

function addedRemovedRenamed<T extends { id: string }>(before: readonly T[], after: readonly T[], name: (item: T) => string) {
	const old = byId(before);
	const now = byId(after);
	return {
		added: after.filter((item) => !old.has(item.id)).map((item) => ({ id: item.id, name: name(item) })),
		removed: before.filter((item) => !now.has(item.id)).map((item) => ({ id: item.id, name: name(item) })),
		renamed: after.flatMap((item) => {
			const was = old.get(item.id);
			return was && name(was) !== name(item) ? [{ id: item.id, from: name(was), to: name(item) }] : [];
		}),
	};
}

function expectationChanges(before: LadderExport, after: LadderExport, old: RoleData, role: RoleData): ExpectationChange[] {
	const oldLevels = new Map(old.expectations.map((e) => [e.competency, e.level]));
	const newLevels = new Map(role.expectations.map((e) => [e.competency, e.level]));
	const rank = (ladder: LadderExport, levelId: string) => ladder.levels.find((level) => level.id === levelId)?.rank ?? 0;
	const label = (ladder: LadderExport, levelId: string | undefined) => (levelId ? (ladder.levels.find((level) => level.id === levelId)?.label ?? levelId) : undefined);
	const name = (competencyId: string) =>
		(after.competencies.find((c) => c.id === competencyId) ?? before.competencies.find((c) => c.id === competencyId))?.name ?? competencyId;
	// In the newer ladder's competency order, then what only the older one had.
	const order = [...new Set([...after.competencies.map((c) => c.id), ...before.competencies.map((c) => c.id)])];
	return order.flatMap((competencyId): ExpectationChange[] => {
		const from = oldLevels.get(competencyId);
		const to = newLevels.get(competencyId);
		if (from === to) return [];
		const kind = !from ? 'added' : !to ? 'removed' : rank(after, to) > rank(before, from) ? 'raised' : rank(after, to) < rank(before, from) ? 'lowered' : undefined;
		// The same rank under another level id is a rename of the scale, not a change of expectation.
		if (!kind) return [];
		return [{ competencyId, competency: name(competencyId), kind, from: label(before, from), to: label(after, to) }];
	});
}

function descriptorChanges(before: LadderExport, after: LadderExport): DescriptorChange[] {
	const old = byId(before.competencies);
	return after.competencies.flatMap((competency) => {
		const was = old.get(competency.id);
		if (!was) return [];
		const levels = [...new Set([...Object.keys(competency.descriptors), ...Object.keys(was.descriptors)])];
		return levels.flatMap((levelId): DescriptorChange[] => {
			const a = criteriaOf(competency.id, levelId, Object.hasOwn(was.descriptors, levelId) ? was.descriptors[levelId] : undefined);
			const b = criteriaOf(competency.id, levelId, Object.hasOwn(competency.descriptors, levelId) ? competency.descriptors[levelId] : undefined);
			const oldById = new Map(a.map((c) => [c.id, c.text]));
			const newById = new Map(b.map((c) => [c.id, c.text]));
			const change = {
				added: b.filter((c) => !oldById.has(c.id)).map((c) => c.text),
				removed: a.filter((c) => !newById.has(c.id)).map((c) => c.text),
				reworded: b.flatMap((c) => {
					const from = oldById.get(c.id);
					return from !== undefined && from !== c.text ? [{ id: c.id, from, to: c.text }] : [];
				}),
			};
			if (change.added.length + change.removed.length + change.reworded.length === 0) return [];
			const level = after.levels.find((l) => l.id === levelId)?.label ?? before.levels.find((l) => l.id === levelId)?.label ?? levelId;
			return [{ competencyId: competency.id, competency: competency.name, levelId, level, ...change }];
		});
	});
}

/** A level's criteria with their ids; a single descriptor is the competency at that level. */
function criteriaOf(competencyId: string, levelId: string, level: LevelData | undefined): { id: string; text: string }[] {
	if (level === undefined) return [];
	if (typeof level === 'string') return [{ id: `${competencyId}/${levelId}`, text: level }];
	return level.map(({ id, text }) => ({ id, text }));
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
	return new Map(items.map((item) => [item.id, item]));
}

/** Whether anything at all changed. */
export function hasChanges(changes: LadderChanges): boolean {
	const { roles, areas, competencies } = changes;
	return [roles.added, roles.removed, roles.renamed, roles.moved, areas.added, areas.removed, areas.renamed, competencies.added, competencies.removed, competencies.renamed, changes.expectations, changes.descriptors].some(
		(list) => list.length > 0,
	);
}

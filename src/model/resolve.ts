import type { ExpectationData } from '../schemas/role.ts';
import type { ValidLadder } from './parsed-ladder.ts';
import type { Competency, CompetencyArea, Expectation, Ladder, Role, Track } from './types.ts';

/** Builds the ladder model from files that passed validation: ordered, cross-linked, plain data. */
export function resolveLadder({ ladder, areas: unorderedAreas, roles }: ValidLadder): Ladder {
	const areas = [...unorderedAreas].sort(
		(a, b) => (a.data.order ?? Infinity) - (b.data.order ?? Infinity) || a.id.localeCompare(b.id),
	);
	const competencies = areas.flatMap((area) =>
		area.data.competencies.map(
			(c): Competency => ({
				id: c.id,
				areaId: area.id,
				name: c.name,
				description: c.description,
				descriptors: new Map(Object.entries(c.levels)),
			}),
		),
	);
	const competencyOrder = new Map(competencies.map((c, index) => [c.id, index]));
	const trackOrder = new Map(ladder.tracks.map((t, index) => [t.id, index]));
	// Who leads to whom, indexed once: looking it up per role would grow with the square of the roles.
	const reachedFrom = new Map<string, string[]>();
	for (const role of roles) {
		for (const nextId of new Set(role.data.next ?? [])) reachedFrom.set(nextId, [...(reachedFrom.get(nextId) ?? []), role.id]);
	}

	const resolvedRoles = roles
		.map(({ id, file, data }): Role => ({
			id,
			file,
			title: data.title,
			trackId: data.track,
			grade: data.grade,
			summary: data.summary,
			scope: data.scope,
			experience: data.experience,
			education: data.education,
			next: data.next ?? [],
			reachedFrom: reachedFrom.get(id) ?? [],
			skills: Object.entries(data.skills ?? {}).map(([name, items]) => ({ name, items })),
			expectations: Object.entries(data.expectations ?? {})
				.map(([competencyId, value]) => toExpectation(competencyId, value))
				.sort((a, b) => order(competencyOrder, a.competencyId) - order(competencyOrder, b.competencyId)),
		}))
		.sort(
			(a, b) =>
				order(trackOrder, a.trackId) - order(trackOrder, b.trackId) ||
				a.grade - b.grade ||
				a.title.localeCompare(b.title),
		);

	return {
		name: ladder.name,
		organization: ladder.organization,
		description: ladder.description,
		levels: ladder.levels.map((level, index) => ({ ...level, rank: index + 1 })),
		tracks: ladder.tracks.map(
			(track): Track => ({
				...track,
				roleIds: resolvedRoles.filter((r) => r.trackId === track.id).map((r) => r.id),
			}),
		),
		areas: areas.map(
			(area): CompetencyArea => ({
				id: area.id,
				file: area.file,
				name: area.data.name,
				description: area.data.description,
				competencyIds: area.data.competencies.map((c) => c.id),
			}),
		),
		competencies,
		roles: resolvedRoles,
		strictLint: ladder.lint?.strict ?? false,
	};
}

function toExpectation(competencyId: string, value: ExpectationData): Expectation {
	return typeof value === 'string'
		? { competencyId, levelId: value }
		: { competencyId, levelId: value.level, note: value.note };
}

function order(positions: ReadonlyMap<string, number>, id: string): number {
	return positions.get(id) ?? Number.MAX_SAFE_INTEGER;
}

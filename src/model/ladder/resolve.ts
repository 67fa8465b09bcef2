import { join } from 'node:path';
import { withSiteLinks } from './site-links.ts';
import { roleTrackIds, type ExpectationData } from '../../schemas/role.ts';
import { deriveCriterionId, toLevelDescriptor, writtenCriterionIds } from './criteria.ts';
import type { ValidLadder } from './parsed-ladder.ts';
import { RESERVED_ROLE_PAGE_IDS } from './role-page-ids.ts';
import type { Competency, CompetencyArea, Expectation, Ladder, Question, Role, Track } from './types.ts';
import type { QuestionData } from '../../schemas/competency-area.ts';

/** Builds the ladder model from files that passed validation: ordered, cross-linked, plain data. */
export function resolveLadder({ ladder, areas: unorderedAreas, roles, dir }: ValidLadder): Ladder {
	// A link to another file of the ladder, in any text, becomes the link to its page.
	const writtenTexts = new Map<string, string>();
	const linked = (text: string, file: string) => {
		const made = dir === undefined ? text : withSiteLinks(text, dir, file);
		if (made !== text) writtenTexts.set(made, text);
		return made;
	};
	const linkedOptional = (text: string | undefined, file: string) => (text === undefined ? undefined : linked(text, file));
	const ladderFile = dir === undefined ? '' : join(dir, 'ladder.yaml');
	const areas = [...unorderedAreas].sort(
		(a, b) => (a.data.order ?? Infinity) - (b.data.order ?? Infinity) || a.id.localeCompare(b.id),
	);
	const written = areas.flatMap((area) => area.data.competencies);
	// Derived criterion ids step around every id a role page already anchors.
	const takenIds = new Set([
		...RESERVED_ROLE_PAGE_IDS,
		...written.map((c) => c.id),
		...writtenCriterionIds(written.flatMap((c) => Object.values(c.levels))),
	]);
	// Question ids are their own set, as criterion ids are: written ones first, derived ones around them.
	const takenQuestionIds = new Set(written.flatMap((c) => Object.values(c.questions ?? {}).flatMap((list) => list.flatMap((q) => (typeof q !== 'string' && q.id ? [q.id] : [])))));
	const competencies = areas.flatMap((area) =>
		area.data.competencies.map(
			(c): Competency => ({
				id: c.id,
				areaId: area.id,
				name: c.name,
				description: linkedOptional(c.description, area.file),
				descriptors: new Map(
					Object.entries(c.levels).map(([levelId, level]) => {
						// Ids come from the words as written; the links in them then lead to pages.
						const descriptor = toLevelDescriptor(level, c.id, levelId, takenIds);
						const criteria = descriptor.criteria.map((criterion) => ({ ...criterion, text: linked(criterion.text, area.file), examples: criterion.examples.map((example) => linked(example, area.file)) }));
						return [levelId, { ...descriptor, criteria }];
					}),
				),
				labels: new Map(Object.entries(c.labels ?? {})),
				questions: new Map(
					Object.entries(c.questions ?? {}).map(([levelId, questions]) => [
						levelId,
						questions.map((question) => toQuestion(question, c.id, levelId, takenQuestionIds, (text) => linked(text, area.file))),
					]),
				),
			}),
		),
	);
	const competencyOrder = new Map(competencies.map((c, index) => [c.id, index]));
	const allAreaIds = areas.map((area) => area.id);
	// In area order, whatever order the track lists them in.
	const areaIdsOf = (track: { areas?: string[] | undefined }) => (track.areas ? allAreaIds.filter((id) => track.areas!.includes(id)) : allAreaIds);
	const trackAreas = new Map(ladder.tracks.map((track) => [track.id, new Set(areaIdsOf(track))]));
	/** What a `baseline` expects: every competency of the tracks' areas that describes that level. */
	const baselineOf = (trackIds: readonly string[], levelId: string): Expectation[] =>
		areas
			.filter((area) => trackIds.some((trackId) => trackAreas.get(trackId)?.has(area.id)))
			.flatMap((area) => area.data.competencies)
			.filter((competency) => Object.hasOwn(competency.levels, levelId))
			.map((competency) => ({ competencyId: competency.id, levelId }));
	// A group's tracks are listed together, in their order, where its first track is.
	const tracksInOrder = groupedTracks(ladder.tracks);
	const trackOrder = new Map(tracksInOrder.map((t, index) => [t.id, index]));
	const nextOf = defaultNext(roles);
	const ladderHiring = { minutes: ladder.hiring?.minutes ?? DEFAULT_HIRING.minutes, perCompetency: ladder.hiring?.perCompetency ?? DEFAULT_HIRING.perCompetency };
	// Who leads to whom, indexed once: looking it up per role would grow with the square of the roles.
	const reachedFrom = new Map<string, string[]>();
	for (const role of roles) {
		for (const nextId of new Set(nextOf.get(role.id))) {
			const from = reachedFrom.get(nextId);
			if (from) from.push(role.id);
			else reachedFrom.set(nextId, [role.id]);
		}
	}

	const resolvedRoles = roles
		.map(({ id, file, data }): Role => ({
			id,
			file,
			title: data.title,
			trackId: roleTrackIds(data)[0]!,
			trackIds: roleTrackIds(data),
			grade: data.grade,
			summary: data.summary,
			scope: data.scope,
			experience: data.experience,
			education: data.education,
			next: nextOf.get(id) ?? [],
			reachedFrom: reachedFrom.get(id) ?? [],
			skills: Object.entries(data.skills ?? {}).map(([name, items]) => ({ name, items })),
			baseline: data.baseline,
			hiring: data.hiring === false ? false : { minutes: data.hiring?.minutes ?? ladderHiring.minutes, perCompetency: data.hiring?.perCompetency ?? ladderHiring.perCompetency },
			expectations: [
				// The written expectations override the baseline's, competency by competency.
				...new Map(
					[
						...(data.baseline ? baselineOf(roleTrackIds(data), data.baseline) : []),
						...Object.entries(data.expectations ?? {}).map(([competencyId, value]) => toExpectation(competencyId, value, (note) => linked(note, file))),
					].map((expectation) => [expectation.competencyId, expectation]),
				).values(),
			].sort((a, b) => order(competencyOrder, a.competencyId) - order(competencyOrder, b.competencyId)),
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
		description: linked(ladder.description, ladderFile),
		levels: ladder.levels.map((level, index) => ({ ...level, description: linkedOptional(level.description, ladderFile), rank: index + 1 })),
		groups: (ladder.groups ?? []).map((group) => ({
			id: group.id,
			name: group.name,
			description: linkedOptional(group.description, ladderFile),
			trackIds: tracksInOrder.filter((track) => track.group === group.id).map((track) => track.id),
		})),
		tracks: tracksInOrder.map(
			(track): Track => ({
				id: track.id,
				...(track.group ? { groupId: track.group } : {}),
				name: track.name,
				description: linkedOptional(track.description, ladderFile),
				// A role tracks share sits among each track's own roles by grade.
				roleIds: resolvedRoles
					.filter((r) => r.trackIds.includes(track.id))
					.sort((a, b) => a.grade - b.grade || a.title.localeCompare(b.title))
					.map((r) => r.id),
				areaIds: areaIdsOf(track),
				levelLabels: new Map(Object.entries(track.levelLabels ?? {})),
			}),
		),
		areas: areas.map(
			(area): CompetencyArea => ({
				id: area.id,
				file: area.file,
				name: area.data.name,
				title: areaTitle(area, areas, ladder.tracks, areaIdsOf),
				description: linkedOptional(area.data.description, area.file),
				competencyIds: area.data.competencies.map((c) => c.id),
			}),
		),
		competencies,
		roles: resolvedRoles,
		strictLint: (ladder.lint?.strict ?? false) || (ladder.review?.strict ?? false),
		ignored: (ladder.review?.ignore ?? []).map(({ rule, id, reason }) => ({ rule, id, reason })),
		hiring: ladderHiring,
		language: ladder.language ?? DEFAULT_LANGUAGE,
		translations: ladder.translations ?? [],
		writtenTexts,
	};
}

/** The tracks in the order the site lists them: a group's together, where its first track is. */
function groupedTracks<T extends { id: string; group?: string | undefined }>(tracks: readonly T[]): T[] {
	const placed = new Set<T>();
	return tracks.flatMap((track) => {
		if (placed.has(track)) return [];
		const together = track.group === undefined ? [track] : tracks.filter((other) => other.group === track.group);
		for (const one of together) placed.add(one);
		return together;
	});
}

/**
 * The name readers see for an area: its name, told apart by the tracks it applies to where another
 * area has the same name ("Impact" of the engineers and "Impact" of the managers), else by its id.
 */
function areaTitle(
	area: ValidLadder['areas'][number],
	areas: ValidLadder['areas'],
	tracks: ValidLadder['ladder']['tracks'],
	areaIdsOf: (track: { areas?: string[] | undefined }) => string[],
): string {
	const namesakes = areas.filter((other) => other.data.name === area.data.name);
	if (namesakes.length < 2) return area.data.name;
	const trackNames = (id: string) => tracks.filter((track) => areaIdsOf(track).includes(id)).map((track) => track.name).join(', ');
	const own = trackNames(area.id);
	const distinct = own !== '' && namesakes.every((other) => other === area || trackNames(other.id) !== own);
	return `${area.data.name} (${distinct ? own : area.id})`;
}

/**
 * Each role's `next`: as written, or, where the role does not write one, the roles at the nearest
 * higher grade of its track, so a role in the middle of a track never reads as the top of its path.
 * A role several tracks share leads to the nearest higher grade of each. `next: []` says, on
 * purpose, that nothing follows.
 */
function defaultNext(roles: ValidLadder['roles']): Map<string, string[]> {
	const byTrack = new Map<string, ValidLadder['roles']>();
	for (const role of roles) {
		for (const trackId of roleTrackIds(role.data)) {
			const track = byTrack.get(trackId);
			if (track) track.push(role);
			else byTrack.set(trackId, [role]);
		}
	}
	return new Map(
		roles.map((role) => {
			if (role.data.next) return [role.id, role.data.next];
			const ids = new Set<string>();
			for (const trackId of roleTrackIds(role.data)) {
				const higher = (byTrack.get(trackId) ?? []).filter((other) => other.data.grade > role.data.grade);
				const grade = Math.min(...higher.map((other) => other.data.grade));
				for (const other of higher) if (other.data.grade === grade) ids.add(other.id);
			}
			return [role.id, [...ids].sort()];
		}),
	);
}

/** An interview plan of 60 minutes, up to 2 questions at the role's level per competency; a question takes 10. */
/** The language of a ladder that does not name its own. */
export const DEFAULT_LANGUAGE = 'en';

export const DEFAULT_HIRING = { minutes: 60, perCompetency: 2, questionMinutes: 10 } as const;

function toQuestion(data: QuestionData, competencyId: string, levelId: string, taken: Set<string>, linked: (text: string) => string): Question {
	const { text, id, followUps = [], lookFor = [], minutes } = typeof data === 'string' ? { text: data } : data;
	let questionId = id;
	if (questionId === undefined) {
		const derived = deriveCriterionId(competencyId, levelId, text);
		questionId = derived;
		for (let n = 2; taken.has(questionId); n++) questionId = `${derived}-${n}`;
		taken.add(questionId);
	}
	return { id: questionId, idWritten: id !== undefined, text: linked(text), followUps: followUps.map(linked), lookFor: lookFor.map(linked), minutes: minutes ?? DEFAULT_HIRING.questionMinutes };
}

function toExpectation(competencyId: string, value: ExpectationData, linked: (note: string) => string): Expectation {
	return typeof value === 'string'
		? { competencyId, levelId: value }
		: { competencyId, levelId: value.level, note: linked(value.note) };
}

function order(positions: ReadonlyMap<string, number>, id: string): number {
	return positions.get(id) ?? Number.MAX_SAFE_INTEGER;
}

import { CompetencyAreaSchema, CompetencySchema, type CompetencyData } from '../../schemas/competency-area.ts';
import { LadderSchema } from '../../schemas/ladder.ts';
import { ExpectationSchema, RoleSchema, type RoleData } from '../../schemas/role.ts';
import type { ParsedFile, ParsedLadder } from '../ladder/parsed-ladder.ts';
import { problems, WHOLE_FILE, type Problem } from './problems.ts';
import { resolveLadder } from '../ladder/resolve.ts';
import { RESERVED_ROLE_PAGE_IDS } from '../ladder/role-page-ids.ts';
import { parseWithProblems } from './schema-problems.ts';
import type { LadderSource } from './source.ts';
import type { Ladder } from '../ladder/types.ts';

/**
 * Checks every file against its schema and every reference between files, and resolves the
 * ladder only when there is no problem at all: a broken ladder never becomes a partial site.
 * References are checked in the files that pass their schema; a file that fails it is reported
 * for that, since its references cannot be trusted yet.
 */
export function validateLadder(source: LadderSource, options: LadderOptions = {}): { ladder?: Ladder; problems: Problem[] } {
	const ladder = parseWithProblems(LadderSchema, source.ladder.data, source.ladder.file);
	const areas = source.areas.map(({ id, file, data }) => ({
		id,
		file,
		data,
		parsed: parseWithProblems(CompetencyAreaSchema, data, file),
	}));
	const roles = source.roles.map(({ id, file, data }) => ({
		id,
		file,
		data,
		parsed: parseWithProblems(RoleSchema, data, file),
	}));
	const found = [ladder, ...[...areas, ...roles].map((file) => file.parsed)].flatMap((p) => p.problems);

	const parsed: ParsedLadder = {
		ladder: ladder.data,
		areas: areas.flatMap(({ id, file, parsed: { data } }) => (data ? [{ id, file, data }] : [])),
		roles: roles.flatMap(({ id, file, parsed: { data } }) => (data ? [{ id, file, data }] : [])),
	};
	// A role that fails its schema still has its references checked, from the fields that are
	// readable, so that its mistakes are all reported in one round, not schema first.
	const partlyRead = roles.flatMap(({ id, file, data, parsed: { data: valid } }) => (valid || data === undefined ? [] : [{ id, file, data: readableRoleFields(data) }]));
	found.push(...emptiness(source, options), ...crossReferences(parsed, source, partlyRead));
	// Likewise an area file that fails its schema: the competencies that pass theirs have their levels checked.
	const levelIds = parsed.ladder?.levels.map((level) => level.id);
	for (const { file, data, parsed: { data: valid } } of areas) {
		if (valid || !levelIds) continue;
		for (const { index, competency } of readableCompetencies(data)) found.push(...descriptorProblems(competency.levels, levelIds, file, `competencies[${index}]`));
	}

	// An unreadable file (its problem reported by the reader) must never resolve into a partial ladder.
	const unreadable = [source.ladder, ...source.areas, ...source.roles].some((file) => file.data === undefined);
	if (found.length > 0 || unreadable || !parsed.ladder) return { problems: found };
	return { ladder: resolveLadder({ ...parsed, ladder: parsed.ladder, dir: source.dir }), problems: [] };
}

/** How a ladder is read: `rolesOptional` for a command that writes the first role. */
export interface LadderOptions {
	rolesOptional?: boolean;
	/** Return the lint warnings even where the ladder is strict, for the review to report. */
	keepWarnings?: boolean;
}

function emptiness({ dir, areas, roles }: LadderSource, { rolesOptional = false }: LadderOptions): Problem[] {
	const found: Problem[] = [];
	if (areas.length === 0) {
		found.push({ file: `${dir}/competencies/`, field: WHOLE_FILE, message: problems.noCompetencies() });
	}
	if (roles.length === 0 && !rolesOptional) {
		found.push({ file: `${dir}/roles/`, field: WHOLE_FILE, message: problems.noRoles() });
	}
	return found;
}

/** The fields of a role that pass their own schema, for reference checks of a role that fails as a whole. */
function readableRoleFields(data: unknown): RoleData {
	const raw = (data ?? {}) as Record<string, unknown>;
	const field = <T>(schema: { safeParse: (value: unknown) => { success: boolean; data?: T } }, value: unknown): T | undefined => {
		const result = schema.safeParse(value);
		return result.success ? result.data : undefined;
	};
	const expectations = Object.fromEntries(
		Object.entries(typeof raw['expectations'] === 'object' && raw['expectations'] !== null ? raw['expectations'] : {}).flatMap(([key, value]) => {
			const read = field(ExpectationSchema, value);
			return read === undefined ? [] : [[key, read]];
		}),
	);
	return {
		track: field(RoleSchema.shape.track, raw['track']) ?? '',
		baseline: field(RoleSchema.shape.baseline, raw['baseline']),
		next: field(RoleSchema.shape.next, raw['next']),
		expectations,
	} as RoleData;
}

/** The competencies of an area file that pass their own schema, with their place in the file. */
function readableCompetencies(data: unknown): { index: number; competency: CompetencyData }[] {
	const competencies = (data as { competencies?: unknown } | null)?.competencies;
	if (!Array.isArray(competencies)) return [];
	return competencies.flatMap((value, index) => {
		const read = CompetencySchema.safeParse(value);
		return read.success ? [{ index, competency: read.data }] : [];
	});
}

function crossReferences({ ladder, areas, roles }: ParsedLadder, source: LadderSource, partlyRead: ParsedFile<RoleData>[] = []): Problem[] {
	const found: Problem[] = [];
	const ladderFile = source.ladder.file;
	const levelIds = ladder ? uniqueIds(ladder.levels, 'level', ladderFile, 'levels', found) : undefined;
	const trackIds = ladder ? uniqueIds(ladder.tracks, 'track', ladderFile, 'tracks', found) : undefined;
	const groupIds = ladder?.groups ? uniqueIds(ladder.groups, 'group', ladderFile, 'groups', found) : [];
	const competencyIds = new Map<string, string>();
	const writtenCompetencyIds = competencyIdsAsWritten(source);
	found.push(...duplicateFiles(areas, 'competency area'), ...duplicateFiles(roles, 'role'));

	for (const area of areas) {
		area.data.competencies.forEach((competency, index) => {
			const field = `competencies[${index}]`;
			const first = competencyIds.get(competency.id);
			if (first) {
				found.push(at(area.file, `${field}.id`, problems.duplicateId('competency', competency.id, first)));
			} else {
				competencyIds.set(competency.id, area.file);
			}
			if (RESERVED_ROLE_PAGE_IDS.includes(competency.id)) {
				found.push(at(area.file, `${field}.id`, problems.reservedId(competency.id)));
			}
			if (levelIds) found.push(...descriptorProblems(competency.levels, levelIds, area.file, field), ...labelProblems(competency.labels, levelIds, area.file, `${field}.labels`));
			found.push(...questionLevelProblems(competency, levelIds, area.file, `${field}.questions`));
		});
	}
	found.push(...questionIdProblems(areas));

	found.push(...criterionIdProblems(areas, competencyIds));

	// A track names area files; an area file that fails its schema still exists.
	const areaIds = source.areas.map((area) => area.id);
	ladder?.tracks.forEach((track, index) => {
		if (levelIds) found.push(...labelProblems(track.levelLabels, levelIds, ladderFile, `tracks[${index}].levelLabels`));
		if (track.group !== undefined && !groupIds.includes(track.group)) found.push(at(ladderFile, `tracks[${index}].group`, problems.unknownGroup(track.group, groupIds)));
		track.areas?.forEach((areaId, position) => {
			if (!areaIds.includes(areaId)) found.push(at(ladderFile, `tracks[${index}].areas[${position}]`, problems.unknownArea(areaId, areaIds)));
		});
	});

	// A group no track names would be an empty heading on every page that lists the tracks.
	ladder?.groups?.forEach((group, index) => {
		if (!ladder.tracks.some((track) => track.group === group.id)) found.push(at(ladderFile, `groups[${index}].id`, problems.emptyGroup(group.id)));
	});

	// Which levels each competency describes: an expectation may only name one of them.
	const describedLevels = new Map(
		areas.flatMap((area) => area.data.competencies.map((competency) => [competency.id, Object.keys(competency.levels)] as const)),
	);
	// A role file that fails its schema still exists: naming it in `next` is not a broken reference.
	const roleIds = new Set(source.roles.map((role) => role.id));
	for (const role of [...roles, ...partlyRead]) {
		found.push(...roleProblems(role, { levelIds, trackIds, competencyIds: writtenCompetencyIds, roleIds, describedLevels }));
	}
	return found;
}

/**
 * Every competency id the area files declare, even in files that fail their schema, so one broken
 * area does not make every role that uses it report unknown competencies. `undefined` when an
 * area file could not be read at all: then nobody can tell which ids exist.
 */
function competencyIdsAsWritten({ areas }: LadderSource): ReadonlySet<string> | undefined {
	const ids = new Set<string>();
	for (const { data } of areas) {
		if (data === undefined) return undefined;
		const competencies = (data as { competencies?: unknown } | null)?.competencies;
		// An area whose list is missing or empty by mistake (`competencies:` with nothing under it)
		// may have held any id: the mistake is reported once, not again for every role using one.
		if (!Array.isArray(competencies) || competencies.length === 0) return undefined;
		for (const competency of competencies) {
			const id = (competency as { id?: unknown } | null)?.id;
			if (typeof id === 'string') ids.add(id);
		}
	}
	return ids;
}

/**
 * A written criterion id anchors a line of every role page that lists it and keys ratings, so it
 * is unique across the ladder and never a competency's or the page's own id.
 */
function criterionIdProblems(areas: ParsedLadder['areas'], competencyIds: ReadonlyMap<string, string>): Problem[] {
	const found: Problem[] = [];
	const firstFile = new Map<string, string>();
	for (const area of areas) {
		area.data.competencies.forEach((competency, index) => {
			for (const [levelId, level] of Object.entries(competency.levels)) {
				if (typeof level === 'string') continue;
				level.forEach((criterion, position) => {
					if (typeof criterion === 'string' || criterion.id === undefined) return;
					const field = `competencies[${index}].levels.${levelId}[${position}].id`;
					const first = firstFile.get(criterion.id);
					if (first) found.push(at(area.file, field, problems.duplicateId('criterion', criterion.id, first)));
					else if (RESERVED_ROLE_PAGE_IDS.includes(criterion.id)) found.push(at(area.file, field, problems.reservedId(criterion.id)));
					else if (competencyIds.has(criterion.id)) found.push(at(area.file, field, problems.criterionIdTaken(criterion.id)));
					firstFile.set(criterion.id, first ?? area.file);
				});
			}
		});
	}
	return found;
}

function descriptorProblems(
	descriptors: Record<string, unknown>,
	levelIds: readonly string[],
	file: string,
	field: string,
): Problem[] {
	// A level left out is a level the competency is not part of; leaving out every level is a mistake.
	const none = Object.keys(descriptors).length === 0 ? [at(file, `${field}.levels`, problems.describesNoLevel())] : [];
	const unknown = Object.keys(descriptors)
		.filter((id) => !levelIds.includes(id))
		.map((id) => at(file, `${field}.levels.${id}`, problems.unknownLevel(id, levelIds)));
	return [...none, ...unknown];
}

/** A competency's questions are asked at the levels it describes: a question at any other would never be asked. */
function questionLevelProblems(competency: CompetencyData, levelIds: readonly string[] | undefined, file: string, field: string): Problem[] {
	const described = Object.keys(competency.levels);
	return Object.keys(competency.questions ?? {}).flatMap((levelId) => {
		if (levelIds && !levelIds.includes(levelId)) return [at(file, `${field}.${levelId}`, problems.unknownLevel(levelId, levelIds))];
		if (!described.includes(levelId)) return [at(file, `${field}.${levelId}`, problems.questionUndescribedLevel(competency.id, levelId, levelIds ? orderedBy(described, levelIds) : described))];
		return [];
	});
}

/** A written question id is unique among the ladder's questions, as a criterion id is among criteria. */
function questionIdProblems(areas: ParsedLadder['areas']): Problem[] {
	const firstFile = new Map<string, string>();
	const found: Problem[] = [];
	for (const area of areas) {
		area.data?.competencies.forEach((competency, index) => {
			for (const [levelId, questions] of Object.entries(competency.questions ?? {})) {
				questions.forEach((question, position) => {
					if (typeof question === 'string' || question.id === undefined) return;
					const first = firstFile.get(question.id);
					if (first) found.push(at(area.file, `competencies[${index}].questions.${levelId}[${position}].id`, problems.duplicateId('question', question.id, first)));
					firstFile.set(question.id, first ?? area.file);
				});
			}
		});
	}
	return found;
}

/** Names given to levels: each must name a level of the scale. */
function labelProblems(labels: Record<string, string> | undefined, levelIds: readonly string[], file: string, field: string): Problem[] {
	return Object.keys(labels ?? {})
		.filter((id) => !levelIds.includes(id))
		.map((id) => at(file, `${field}.${id}`, problems.unknownLevel(id, levelIds)));
}

function roleProblems(
	{ id, file, data }: ParsedFile<RoleData>,
	known: KnownIds,
): Problem[] {
	const found: Problem[] = [];
	if (data.track !== undefined && known.trackIds && data.track !== '' && !known.trackIds.includes(data.track)) {
		found.push(at(file, 'track', problems.unknownTrack(data.track, known.trackIds)));
	}
	(data.tracks ?? []).forEach((trackId, index) => {
		if (data.tracks!.indexOf(trackId) < index) found.push(at(file, `tracks[${index}]`, problems.listedTwice(trackId)));
		else if (known.trackIds && !known.trackIds.includes(trackId)) found.push(at(file, `tracks[${index}]`, problems.unknownTrack(trackId, known.trackIds)));
	});
	if (data.baseline && known.levelIds && !known.levelIds.includes(data.baseline)) {
		found.push(at(file, 'baseline', problems.unknownLevel(data.baseline, known.levelIds)));
	}
	for (const [competencyId, expectation] of Object.entries(data.expectations ?? {})) {
		const field = `expectations.${competencyId}`;
		if (known.competencyIds && !known.competencyIds.has(competencyId)) {
			found.push(at(file, field, problems.unknownCompetency(competencyId, known.competencyIds)));
		}
		const levelId = typeof expectation === 'string' ? expectation : expectation.level;
		const levelField = typeof expectation === 'string' ? field : `${field}.level`;
		const described = known.describedLevels.get(competencyId);
		if (known.levelIds && !known.levelIds.includes(levelId)) {
			found.push(at(file, levelField, problems.unknownLevel(levelId, known.levelIds)));
		} else if (described && !described.includes(levelId)) {
			found.push(at(file, levelField, problems.undescribedLevel(competencyId, levelId, orderedBy(described, known.levelIds))));
		}
	}
	(data.next ?? []).forEach((nextId, index) => {
		if (data.next!.indexOf(nextId) < index) found.push(at(file, `next[${index}]`, problems.listedTwice(nextId)));
		else if (nextId === id) found.push(at(file, `next[${index}]`, problems.selfReference()));
		else if (!known.roleIds.has(nextId)) found.push(at(file, `next[${index}]`, problems.unknownRole(nextId, known.roleIds)));
	});
	return found;
}

/** Two files whose names differ only by extension would claim the same id. */
function duplicateFiles(files: readonly { id: string; file: string }[], kind: string): Problem[] {
	const firstFile = new Map<string, string>();
	return files.flatMap(({ id, file }) => {
		const first = firstFile.get(id);
		if (!first) firstFile.set(id, file);
		return first ? [at(file, WHOLE_FILE, problems.duplicateId(kind, id, first))] : [];
	});
}

/** Collects the ids of a list, reporting each repeat; returns the ids in order. */
function uniqueIds(
	items: readonly { id: string }[],
	kind: string,
	file: string,
	field: string,
	found: Problem[],
): string[] {
	const seen = new Set<string>();
	items.forEach(({ id }, index) => {
		if (seen.has(id)) found.push(at(file, `${field}[${index}].id`, problems.duplicateId(kind, id, file)));
		seen.add(id);
	});
	return [...seen];
}

function at(file: string, field: string, message: string): Problem {
	return { file, field, message };
}

interface KnownIds {
	levelIds: readonly string[] | undefined;
	trackIds: readonly string[] | undefined;
	competencyIds: ReadonlySet<string> | undefined;
	roleIds: ReadonlySet<string>;
	/** Competency id → the level ids it describes, for the competencies whose area file is valid. */
	describedLevels: ReadonlyMap<string, readonly string[]>;
}

/** Ids in the order of the scale, for messages that list them. */
function orderedBy(ids: readonly string[], scale: readonly string[] | undefined): string[] {
	return scale ? scale.filter((id) => ids.includes(id)) : [...ids];
}

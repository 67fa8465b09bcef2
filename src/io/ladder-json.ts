import { EXPORT_FORMAT_VERSION, UNRELEASED, type LadderExport, type LevelExport } from './ladder-export-schema.ts';
import type { HiringSettings, Ladder, LevelDescriptor } from '../model/ladder/types.ts';
import { DEFAULT_HIRING } from '../model/ladder/resolve.ts';

const sameHiring = (a: HiringSettings, b: HiringSettings) => a.minutes === b.minutes && a.perCompetency === b.perCompetency;

/**
 * The ladder as `/ladder.json`: plain data, with optional fields left out rather than null.
 * `release` names the release it is, when it is one.
 */
export function ladderToJson(ladder: Ladder, release?: { name: string; date: string }): LadderExport {
	return {
		formatVersion: EXPORT_FORMAT_VERSION,
		release: release?.name ?? UNRELEASED,
		...optional('releasedOn', release?.date),
		name: ladder.name,
		...optional('organization', ladder.organization),
		description: ladder.description,
		levels: ladder.levels.map(({ id, label, description, rank }) => ({ id, label, ...optional('description', description), rank })),
		...(ladder.groups.length > 0 ? { groups: ladder.groups.map(({ id, name, description, trackIds }) => ({ id, name, ...optional('description', description), tracks: trackIds })) } : {}),
		tracks: ladder.tracks.map(({ id, groupId, name, description, roleIds, areaIds, levelLabels }) => ({
			id,
			...optional('group', groupId),
			name,
			...optional('description', description),
			roles: roleIds,
			areas: areaIds,
			...names('levelLabels', levelLabels),
		})),
		areas: ladder.areas.map(({ id, name, description, competencyIds }) => ({ id, name, ...optional('description', description), competencies: competencyIds })),
		competencies: ladder.competencies.map(({ id, areaId, name, description, descriptors, labels, questions }) => ({
			id,
			area: areaId,
			name,
			...optional('description', description),
			descriptors: Object.fromEntries([...descriptors].map(([levelId, level]) => [levelId, levelToJson(level)])),
			...names('labels', labels),
			...(questions.size > 0
				? {
						questions: Object.fromEntries(
							[...questions].map(([levelId, list]) => [
								levelId,
								list.map((q) => ({ id: q.id, text: q.text, ...(q.followUps.length > 0 ? { followUps: q.followUps } : {}), ...(q.lookFor.length > 0 ? { lookFor: q.lookFor } : {}), minutes: q.minutes })),
							]),
						),
					}
				: {}),
		})),
		roles: ladder.roles.map((role) => ({
			id: role.id,
			title: role.title,
			track: role.trackId,
			...(role.trackIds.length > 1 ? { tracks: role.trackIds } : {}),
			grade: role.grade,
			...optional('summary', role.summary),
			...optional('baseline', role.baseline),
			...optional('scope', role.scope),
			...optional('experience', role.experience),
			...optional('education', role.education),
			next: role.next,
			reachedFrom: role.reachedFrom,
			skills: role.skills,
			expectations: role.expectations.map((e) => ({ competency: e.competencyId, level: e.levelId, ...optional('note', e.note) })),
			// Only where it differs from the ladder's, so that a snapshot of a ladder without hiring settings stays as it was.
			...(role.hiring === false || !sameHiring(role.hiring, ladder.hiring) ? { hiring: role.hiring } : {}),
		})),
		...(sameHiring(ladder.hiring, DEFAULT_HIRING) ? {} : { hiring: ladder.hiring }),
	};
}

/** A single descriptor stays a string, as format 1 has always had it; a list carries every criterion's id. */
function levelToJson({ isList, criteria }: LevelDescriptor): LevelExport {
	if (!isList) return criteria[0]?.text ?? '';
	return criteria.map(({ id, text, examples }) => ({ id, text, examples }));
}

/** Level names as an object, or nothing where there are none. */
function names<K extends string>(key: K, labels: ReadonlyMap<string, string>): { [P in K]?: Record<string, string> } {
	return (labels.size === 0 ? {} : { [key]: Object.fromEntries(labels) }) as { [P in K]?: Record<string, string> };
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
	return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

/**
 * The ladder's files as written, read without the model: build tests compare the built pages with
 * what the content says, not with what the model made of it.
 */
import { readContent } from '../../src/model/files/read-content.ts';
import type { RawLevel } from './shown-level.ts';

export function rawContent(contentDir: string) {
	const { source, guides } = readContent(contentDir);
	const ladder = source.ladder.data as RawLadder;
	const levelLabel = new Map(ladder.levels.map((l) => [l.id, l.label]));
	const competencies = source.areas.flatMap(({ id: areaId, data }) =>
		(data as RawArea).competencies.map((c) => ({ ...c, areaId, areaName: (data as RawArea).name })),
	);
	const roles = source.roles.map(({ id, data }) => {
		const written = data as RawRole;
		// A role of several tracks writes `tracks`; the first is where it is listed.
		const tracks = written.tracks ?? [written.track!];
		const role = { ...written, track: tracks[0]!, tracks };
		// A baseline: every competency of its tracks' areas (all, if one names none) that describes that level.
		const named = tracks.map((id) => ladder.tracks.find((track) => track.id === id)?.areas);
		const areas = named.some((list) => !list) ? undefined : named.flatMap((list) => list!);
		const baseline = role.baseline
			? competencies.filter((c) => (!areas || areas.includes(c.areaId)) && role.baseline! in c.levels).map((c) => [c.id, role.baseline!] as const)
			: [];
		const levels = new Map<string, string | { level: string; note?: string }>([...baseline, ...Object.entries(role.expectations ?? {})]);
		const expectations = [...levels].map(([competencyId, value]) => {
			const levelId = typeof value === 'string' ? value : value.level;
			const note = typeof value === 'string' ? undefined : value.note;
			const competency = competencies.find((c) => c.id === competencyId);
			// The scale's name for the level, and the name shown for it here: the competency's own, else the track's.
			const levelName = competency?.labels?.[levelId] ?? ladder.tracks.find((track) => track.id === role.track)?.levelLabels?.[levelId] ?? levelLabel.get(levelId);
			return { competencyId, levelId, levelLabel: levelLabel.get(levelId), levelName, note, competency };
		});
		return { id, ...role, expectations };
	});
	// A role that writes no `next` leads to the roles at the nearest higher grade of each of its tracks.
	for (const role of roles) {
		if (role.next) continue;
		const next = new Set<string>();
		for (const track of role.tracks) {
			const higher = roles.filter((other) => other.tracks.includes(track) && other.grade > role.grade);
			const grade = Math.min(...higher.map((other) => other.grade));
			for (const other of higher) if (other.grade === grade) next.add(other.id);
		}
		role.next = [...next].sort();
	}
	return { ladder, competencies, roles, guides };
}

interface RawLadder {
	name: string;
	description: string;
	levels: { id: string; label: string; description?: string }[];
	groups?: { id: string; name: string; description?: string }[];
	tracks: { id: string; name: string; description?: string; areas?: string[]; levelLabels?: Record<string, string>; group?: string }[];
	language?: string;
	translations?: string[];
}
interface RawArea {
	name: string;
	competencies: { id: string; name: string; levels: Record<string, RawLevel>; labels?: Record<string, string> }[];
}
interface RawRole {
	title: string;
	track?: string;
	tracks?: string[];
	grade: number;
	summary?: string;
	baseline?: string;
	scope?: string;
	experience?: string;
	education?: string;
	next?: string[];
	skills?: Record<string, string[]>;
	expectations?: Record<string, string | { level: string; note?: string }>;
}

/**
 * The languages a built site is in: its own (`language`, English when left out) at the root, and
 * each translation under `/<tag>/`, as the raw files say.
 */
export function siteLanguages(contentDir: string): { original: string; translations: string[]; of: (path: string) => string } {
	const { ladder } = rawContent(contentDir);
	const original = ladder.language ?? 'en';
	const translations = ladder.translations ?? [];
	return { original, translations, of: (path) => translations.find((tag) => path.startsWith(`/${tag}/`)) ?? original };
}

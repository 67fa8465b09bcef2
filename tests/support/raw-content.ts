/**
 * The ladder's files as written, read without the model: build tests compare the built pages with
 * what the content says, not with what the model made of it.
 */
import { readContent } from '../../src/model/read-content.ts';

export function rawContent(contentDir: string) {
	const { source, guides } = readContent(contentDir);
	const ladder = source.ladder.data as RawLadder;
	const levelLabel = new Map(ladder.levels.map((l) => [l.id, l.label]));
	const competencies = (source.areas.map((a) => a.data) as RawArea[]).flatMap((area) =>
		area.competencies.map((c) => ({ ...c, areaName: area.name })),
	);
	const roles = source.roles.map(({ id, data }) => {
		const role = data as RawRole;
		const expectations = Object.entries(role.expectations ?? {}).map(([competencyId, value]) => {
			const levelId = typeof value === 'string' ? value : value.level;
			const note = typeof value === 'string' ? undefined : value.note;
			const competency = competencies.find((c) => c.id === competencyId);
			return { competencyId, levelId, levelLabel: levelLabel.get(levelId), note, competency };
		});
		return { id, ...role, expectations };
	});
	// A role that writes no `next` leads to the roles at the nearest higher grade of its track.
	for (const role of roles) {
		if (role.next) continue;
		const higher = roles.filter((other) => other.track === role.track && other.grade > role.grade);
		const grade = Math.min(...higher.map((other) => other.grade));
		role.next = higher.filter((other) => other.grade === grade).map((other) => other.id).sort();
	}
	return { ladder, competencies, roles, guides };
}

interface RawLadder {
	name: string;
	description: string;
	levels: { id: string; label: string; description: string }[];
	tracks: { id: string; name: string; description: string }[];
}
interface RawArea {
	name: string;
	competencies: { id: string; name: string; levels: Record<string, string> }[];
}
interface RawRole {
	title: string;
	track: string;
	grade: number;
	summary: string;
	scope?: string;
	experience?: string;
	education?: string;
	next?: string[];
	skills?: Record<string, string[]>;
	expectations?: Record<string, string | { level: string; note?: string }>;
}

/**
 * Roles' profile scores computed straight from the YAML, independently of the model: per area,
 * the mean rank of the role's expected levels over the area's competencies it expects, 0 where none.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { rawContent } from './raw-content.ts';

export function rawProfiles(contentDir: string) {
	const content = rawContent(contentDir);
	const rank = new Map(content.ladder.levels.map((level, index) => [level.id, index + 1]));
	const areas = readdirSync(join(contentDir, 'competencies')).map((file) => {
		const area = parse(readFileSync(join(contentDir, 'competencies', file), 'utf8')) as { name: string; competencies: { id: string }[] };
		return { id: file.replace(/\.ya?ml$/, ''), name: area.name, competencyIds: area.competencies.map((c) => c.id) };
	});
	/** The areas a chart of these roles shows: their tracks' areas (all, where a track names none) and any they expect something of. */
	const shownFor = (roleIds: string[]) =>
		areas.filter((area) =>
			roleIds.some((roleId) => {
				const role = content.roles.find((r) => r.id === roleId)!;
				// Each of its tracks' areas, for a role several tracks share.
				const ofTrack = (id: string) => content.ladder.tracks.find((track) => track.id === id)?.areas;
				return role.tracks.some((id) => !ofTrack(id) || ofTrack(id)!.includes(area.id)) || role.expectations.some((e) => area.competencyIds.includes(e.competencyId));
			}),
		);
	/** Area name → score, for one role. */
	const scores = (roleId: string): Record<string, number> => {
		const role = content.roles.find((r) => r.id === roleId);
		if (!role) throw new Error(`No role ${roleId} in ${contentDir}`);
		const levels = new Map(role.expectations.map((e) => [e.competencyId, rank.get(e.levelId) ?? 0]));
		return Object.fromEntries(
			areas.map((area) => {
				const expected = area.competencyIds.flatMap((id) => (levels.has(id) ? [levels.get(id)!] : []));
				const mean = expected.length ? expected.reduce((sum, level) => sum + level, 0) / expected.length : 0;
				return [area.name, Math.round(mean * 100) / 100];
			}),
		);
	};
	/**
	 * What a chart of these roles shows, row name → each role's score: a row per area; or, where it
	 * shows one area, a row per competency the roles expect (their level's rank, 0 where not).
	 */
	const rows = (roleIds: string[]): Record<string, number>[] => {
		const shown = shownFor(roleIds);
		if (shown.length !== 1) return roleIds.map((id) => Object.fromEntries(shown.map((area) => [area.name, scores(id)[area.name]!])));
		const roles = roleIds.map((id) => content.roles.find((r) => r.id === id)!);
		const expected = shown[0]!.competencyIds.filter((id) => roles.some((role) => role.expectations.some((e) => e.competencyId === id)));
		const name = (id: string) => content.competencies.find((c) => c.id === id)!.name;
		return roles.map((role) => Object.fromEntries(expected.map((id) => [name(id), rank.get(role.expectations.find((e) => e.competencyId === id)?.levelId ?? '') ?? 0])));
	};
	return { content, areas, scores, shownFor, rows };
}

import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { IdSchema } from '../schemas/id.ts';
import { loadLadder } from '../model/files/load.ts';
import { LadderError } from '../model/files/problems.ts';
import { parseWithProblems } from '../model/files/schema-problems.ts';
import { RoleSchema } from '../schemas/role.ts';

/**
 * `ladder new role`: writes a valid role file from the ladder's scale and competencies, and
 * refuses an id that exists. The role expects the competencies of its track's areas, each at the
 * grade's level of the scale (grade 1 the lowest, a grade past the top the top) or, where the
 * competency does not describe that level, the nearest level below it that it does describe; a
 * topic that starts above it is left out. Where the track's roles are written with `baseline`, the
 * new one is too. It works on a ladder with no role yet, and writes no placeholder text.
 * `--track backend,frontend` writes a role several tracks share (`tracks`), expecting the
 * competencies of all their areas.
 */
export function newRole(dir: string, options: { id: string; track: string; grade: string; title?: string | undefined }): string {
	const file = join(dir, 'roles', `${options.id}.mdx`);
	const refuse = (field: string, message: string) => new LadderError([{ file, field, message }]);
	if (!IdSchema.safeParse(options.id).success) throw refuse('(file)', `"${options.id}" is not a valid id: use lowercase letters, digits and single hyphens`);
	if (!/^-?\d+$/.test(options.grade)) throw refuse('grade', `"${options.grade}" is not a whole number`);
	const { ladder } = loadLadder(dir, { rolesOptional: true });
	// A role file of either extension claims the id.
	const existing = ['.mdx', '.md'].map((extension) => join(dir, 'roles', `${options.id}${extension}`)).find((path) => existsSync(path));
	if (existing || ladder.roles.some((role) => role.id === options.id)) {
		throw refuse('(file)', `a role with this id exists already (${existing ?? options.id}); choose another id`);
	}
	const trackIds = [...new Set(options.track.split(',').map((id) => id.trim()).filter(Boolean))];
	for (const id of trackIds.length > 0 ? trackIds : ['']) {
		if (!ladder.tracks.some((track) => track.id === id)) {
			throw refuse('track', `unknown track "${id}"; the tracks are: ${ladder.tracks.map((t) => t.id).join(', ')}; add one with npm run ladder -- new track ${id} --name "…"`);
		}
	}
	const tracks = trackIds.map((id) => ladder.tracks.find((t) => t.id === id)!);
	const grade = Number(options.grade);
	const levelIds = ladder.levels.map((level) => level.id);
	// The grade's level of the scale: grade 1 the lowest, a grade past the top the top.
	const gradeLevel = Math.min(Math.max(grade, 1), levelIds.length) - 1;
	const competencies = ladder.competencies.filter((competency) => tracks.some((track) => track.areaIds.includes(competency.areaId)));
	const expectations = Object.fromEntries(
		competencies.flatMap((competency) => {
			const described = levelIds.slice(0, gradeLevel + 1).filter((id) => competency.descriptors.has(id));
			return described.length > 0 ? [[competency.id, described.at(-1)!]] : [];
		}),
	);
	// Where the track's roles are written with a baseline, a new one is too, if the level is described.
	const trackRoles = ladder.roles.filter((role) => role.trackIds.some((id) => trackIds.includes(id)));
	const baseline = levelIds[gradeLevel]!;
	const byBaseline = trackRoles.length > 0 && trackRoles.filter((role) => role.baseline).length * 2 > trackRoles.length && Object.values(expectations).includes(baseline);
	const frontmatter = {
		title: options.title ?? options.id.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' '),
		...(tracks.length > 1 ? { tracks: trackIds } : { track: trackIds[0] }),
		grade,
		...(byBaseline
			? {
					baseline,
					// The competencies the baseline does not reach: described only below the grade's level.
					...nonEmpty(Object.fromEntries(Object.entries(expectations).filter(([, level]) => level !== baseline))),
				}
			: { expectations }),
	};
	// What the command writes must be a valid role: an empty title or a grade too large to be a
	// number is refused here, with the field, rather than written for the next check to find.
	const { problems: invalid } = parseWithProblems(RoleSchema, frontmatter, file);
	if (invalid.length > 0) throw new LadderError(invalid.map((problem) => ({ ...problem, field: `--${problem.field}` })));
	const scale = ladder.levels.map((level) => level.id).join(', ');
	const text = [
		'---',
		// A comment is one line: a track name's own line breaks would start keys nobody wrote.
		`# The competencies of the ${tracks.map((track) => track.name.replace(/[\s\u0085]+/g, ' ')).join(' and ')} ${tracks.length > 1 ? "tracks'" : "track's"} areas, at this grade's level where each describes it.`,
		`# Set each to what the role expects (${scale}), write { level, note } where a note helps,`,
		'# add a summary: one or two sentences on what the role is, and write the role\'s prose below the',
		'# closing line (headings such as "Responsibilities" appear in the page\'s table of contents).',
		stringify(frontmatter).trimEnd(),
		'---',
		'',
	].join('\n');
	// Created, never overwritten: `wx` fails on anything at the path, a link that leads nowhere included.
	writeFileSync(file, text, { flag: 'wx' });
	return file;
}

/** The expectations, or nothing where there are none to write. */
function nonEmpty(expectations: Record<string, string>): { expectations?: Record<string, string> } {
	return Object.keys(expectations).length > 0 ? { expectations } : {};
}

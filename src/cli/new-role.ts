import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { IdSchema } from '../schemas/id.ts';
import { loadLadder } from '../model/files/load.ts';
import { LadderError } from '../model/files/problems.ts';
import { parseWithProblems } from '../model/files/schema-problems.ts';
import { RoleSchema } from '../schemas/role.ts';

/**
 * `ladder new role`: writes a valid role file from the ladder's scale and competencies, every
 * competency at the lowest level for the author to raise, and refuses an id that exists.
 */
export function newRole(dir: string, options: { id: string; track: string; grade: string; title?: string | undefined }): string {
	const file = join(dir, 'roles', `${options.id}.mdx`);
	const refuse = (field: string, message: string) => new LadderError([{ file, field, message }]);
	if (!IdSchema.safeParse(options.id).success) throw refuse('(file)', `"${options.id}" is not a valid id: use lowercase letters, digits and single hyphens`);
	if (!/^-?\d+$/.test(options.grade)) throw refuse('grade', `"${options.grade}" is not a whole number`);
	const { ladder } = loadLadder(dir);
	// A role file of either extension claims the id.
	const existing = ['.mdx', '.md'].map((extension) => join(dir, 'roles', `${options.id}${extension}`)).find((path) => existsSync(path));
	if (existing || ladder.roles.some((role) => role.id === options.id)) {
		throw refuse('(file)', `a role with this id exists already (${existing ?? options.id}); choose another id`);
	}
	if (!ladder.tracks.some((track) => track.id === options.track)) {
		throw refuse('track', `unknown track "${options.track}"; the tracks are: ${ladder.tracks.map((t) => t.id).join(', ')}`);
	}
	const lowest = ladder.levels[0]!.id;
	const frontmatter = {
		title: options.title ?? options.id.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' '),
		track: options.track,
		grade: Number(options.grade),
		expectations: Object.fromEntries(ladder.competencies.map((competency) => [competency.id, lowest])),
	};
	// What the command writes must be a valid role: an empty title or a grade too large to be a
	// number is refused here, with the field, rather than written for the next check to find.
	const { problems: invalid } = parseWithProblems(RoleSchema, frontmatter, file);
	if (invalid.length > 0) throw new LadderError(invalid.map((problem) => ({ ...problem, field: `--${problem.field}` })));
	const scale = ladder.levels.map((level) => level.id).join(', ');
	const text = [
		'---',
		`# Every competency starts at the lowest level. Raise each to what the role expects (${scale}),`,
		'# write { level, note } where a note helps, and remove the ones the role does not need.',
		stringify(frontmatter).trimEnd(),
		'---',
		'',
		'## Responsibilities',
		'',
		'## What good looks like',
		'',
	].join('\n');
	writeFileSync(file, text);
	return file;
}

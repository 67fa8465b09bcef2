/**
 * `ladder init`: a small, valid ladder to start from, written into an empty or missing content
 * folder: a scale of four levels, one track, one area of two competencies, one role, and a guide
 * on how to edit it. A folder that holds files is refused, naming them; the ladder is written into
 * a working folder first and moved into place whole, so an interrupted init leaves nothing half done.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { LadderError, WHOLE_FILE } from '../model/files/problems.ts';
import { TextSchema } from '../schemas/id.ts';

export function init(dir: string, options: { name?: string | undefined } = {}): string[] {
	const name = options.name?.trim() || 'Engineering career ladder';
	if (!TextSchema.safeParse(name).success) {
		throw new LadderError([{ file: dir, field: '--name', message: `"${options.name}" cannot be a ladder's name: write its name in plain words` }]);
	}
	// Its files, hidden ones (a .gitkeep) aside.
	const present = existsSync(dir)
		? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((entry) => !entry.split('/').some((part) => part.startsWith('.')) && !statSync(join(dir, entry)).isDirectory())
		: [];
	if (present.length > 0) {
		const shown = present.slice(0, 10).join(', ');
		throw new LadderError([
			{
				file: dir,
				field: WHOLE_FILE,
				message: `holds files already (${shown}${present.length > 10 ? `, and ${present.length - 10} more` : ''}): init starts a ladder only in an empty or missing folder; move them away, or pass --content <another folder>`,
			},
		]);
	}
	const files = starterLadder(name);
	const parent = dirname(resolve(dir));
	mkdirSync(parent, { recursive: true });
	const work = mkdtempSync(join(parent, `.${basename(resolve(dir))}-init-`));
	try {
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(dirname(join(work, path)), { recursive: true });
			writeFileSync(join(work, path), text);
		}
		if (!existsSync(dir)) renameSync(work, dir);
		else {
			// A folder kept for its hidden files (a .gitkeep): the written entries move in one by one,
			// and back out if one cannot.
			const moved: string[] = [];
			try {
				for (const entry of readdirSync(work)) {
					renameSync(join(work, entry), join(dir, entry));
					moved.push(entry);
				}
			} catch (error) {
				for (const entry of moved) rmSync(join(dir, entry), { recursive: true, force: true });
				throw error;
			}
			rmdirSync(work);
		}
	} catch (error) {
		rmSync(work, { recursive: true, force: true });
		throw error;
	}
	return Object.keys(files).map((path) => join(dir, path));
}

/** The starting ladder's files, by path inside the content folder. */
function starterLadder(name: string): Record<string, string> {
	const ladder = {
		name,
		description: 'What each role on this ladder is expected to show, competency by competency.',
		levels: [
			{ id: 'learning', label: 'Learning', description: 'Builds the skill with guidance from others.' },
			{ id: 'practising', label: 'Practising', description: 'Applies the skill on their own work, reliably.' },
			{ id: 'leading', label: 'Leading', description: 'Sets the standard for a team and helps others meet it.' },
			{ id: 'shaping', label: 'Shaping', description: 'Shapes how the whole organisation works at it.' },
		],
		tracks: [{ id: 'engineering', name: 'Engineering', description: 'Engineers who build and run the product.' }],
	};
	const area = {
		name: 'Craft',
		description: 'Building software well.',
		competencies: [
			{
				id: 'delivery',
				name: 'Delivery',
				description: 'Turning a problem into working, tested software in the hands of users.',
				levels: {
					learning: 'Delivers small, well-defined changes with help, and tests them.',
					practising: 'Delivers features end to end on their own, and tests and releases them.',
					leading: 'Plans and delivers work that spans a team, breaking it into safe steps.',
					shaping: 'Sets how several teams plan, test and release their work.',
				},
			},
			{
				id: 'collaboration',
				name: 'Collaboration',
				description: 'Working with others so that the team gets further together.',
				levels: {
					learning: 'Asks for help early and shares what they learn.',
					practising: 'Reviews others’ work with care and explains their own decisions.',
					leading: 'Mentors others and settles disagreements within the team.',
					shaping: 'Builds the habits that let teams work well with each other.',
				},
			},
		],
	};
	const role = ['---', stringify({ title: 'Engineer', track: 'engineering', grade: 1, expectations: { delivery: 'learning', collaboration: 'learning' } }).trimEnd(), '---', '', '## Responsibilities', '', 'What an engineer owns day to day, in a few sentences or a list.', ''].join('\n');
	const guide = `---
title: Editing this ladder
description: How the ladder's files become this site, and where to change what.
---

This ladder was started with \`npm run ladder -- init\`. Everything on the site comes from the
files in the content folder:

- \`ladder.yaml\`: the ladder's name, its levels (the scale every competency is described at)
  and its tracks.
- \`competencies/*.yaml\`: one file per area, each competency described at the levels it is part of.
- \`roles/*.mdx\`: one file per role: its track, grade and the level it expects of each competency,
  then a body in Markdown.
- \`docs/*.md\`: guides such as this one.

Add a role with \`npm run ladder -- new role <id> --track engineering --grade 2\`, check the ladder
with \`npm run check\`, and see the site with \`npm start\` (or \`npm run dev\` while you edit). A
mistake is reported with its file, its line and how to fix it.
`;
	return {
		'ladder.yaml': stringify(ladder),
		'competencies/craft.yaml': stringify(area),
		'roles/engineer.mdx': role,
		'docs/editing-this-ladder.md': guide,
	};
}

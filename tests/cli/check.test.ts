import { spawnSync } from 'node:child_process';
import { runCheck } from '../../src/cli/check.ts';
import { runInProcess } from '../support/run-in-process.ts';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { problems, WHOLE_FILE } from '../../src/model/files/problems.ts';
import { brokenLadder } from '../support/broken-ladder.ts';
import { SITES } from '../support/sites.ts';

/** Runs the validator that `npm run check` starts with, on the ladder in `dir`, in this process. */
function check(dir: string) {
	const result = runInProcess(runCheck, [dir]);
	return { status: result.status, stdout: result.stdout, lines: result.stderr.trim().split('\n') };
}

const ROLE = 'roles/senior-product-designer.mdx';
const AREA = 'competencies/craft.yaml';

describe('npm run check', () => {
	test('passes a valid ladder and says what it holds, as a command of its own', () => {
		const result = spawnSync(process.execPath, ['src/cli/check.ts', SITES.design.contentDir], { encoding: 'utf8' });
		const { status, stdout } = { status: result.status, stdout: result.stdout };

		expect(status).toBe(0);
		expect(stdout).toContain('the ladder is valid: 4 roles on 3 tracks, 4 competencies in 2 areas, 4 levels');
	});

	test.each([
		{
			kind: 'bad YAML',
			edits: { [AREA]: (t: string) => t.replace('name: Design craft', 'name: [Design craft') },
			file: AREA,
			field: WHOLE_FILE,
			message: /^is not valid YAML: .*\(line \d+, column \d+\)$/,
		},
		{
			kind: 'a missing field',
			edits: { [ROLE]: (t: string) => t.replace(/^title: .*\n/m, '') },
			file: ROLE,
			field: 'title',
			message: problems.required(),
		},
		{
			kind: 'an unknown competency',
			edits: { [ROLE]: (t: string) => t.replace('  user-research: capable', '  user-reserch: capable') },
			file: ROLE,
			field: 'expectations.user-reserch',
			message: `unknown competency "user-reserch": no file in competencies/ defines it (did you mean "user-research"?)`,
		},
		{
			kind: 'a level out of the scale',
			edits: { [ROLE]: (t: string) => t.replace('facilitation: capable', 'facilitation: legendary') },
			file: ROLE,
			field: 'expectations.facilitation',
			message: problems.unknownLevel('legendary', ['novice', 'capable', 'accomplished', 'master']),
		},
		{
			kind: 'a duplicate id',
			edits: {
				'competencies/insight.yaml': (t: string) =>
					`${t}  - id: visual-craft\n    name: Visuals\n    description: Again.\n` +
					`    levels: { novice: a, capable: b, accomplished: c, master: d }\n`,
			},
			file: 'competencies/insight.yaml',
			field: 'competencies[2].id',
			message: /^duplicate competency id "visual-craft", already defined in .*craft\.yaml$/,
		},
		{
			kind: 'a broken reference',
			edits: { [ROLE]: (t: string) => t.replace('next: [design-manager]', 'next: [design-director]') },
			file: ROLE,
			field: 'next[0]',
			message: problems.unknownRole('design-director'),
		},
		{
			kind: 'an unknown track',
			edits: { [ROLE]: (t: string) => t.replace('track: product-design', 'track: visual-design') },
			file: ROLE,
			field: 'track',
			message: problems.unknownTrack('visual-design', ['product-design', 'research', 'design-leadership']),
		},
		{
			kind: 'an expectation at a level the competency does not describe',
			edits: { [AREA]: (t: string) => t.replace(/^ {6}accomplished: .*\n/m, '') },
			file: ROLE,
			field: 'expectations.visual-craft',
			message: problems.undescribedLevel('visual-craft', 'accomplished', ['novice', 'capable', 'master']),
		},
		{
			kind: 'a link to a page the site does not make',
			edits: { [ROLE]: (t: string) => `${t}\nSee [the manager](/roles/design-manger/).\n` },
			file: ROLE,
			field: 'body, line 21',
			message: problems.deadLink('/roles/design-manger/', '/roles/design-manager/'),
		},
		{
			kind: 'a link to an anchor its page does not have',
			edits: { [ROLE]: (t: string) => t.replace('end to end.', 'end to end, as [the researcher does](./design-researcher.mdx#user-reserch).') },
			file: ROLE,
			field: 'expectations.interaction-design.note',
			message: problems.deadAnchor('./design-researcher.mdx#user-reserch', '/roles/design-researcher/', 'user-research'),
		},
		{
			kind: 'a link to a file the ladder does not have',
			edits: { [AREA]: (t: string) => t.replace('description: Layout, typography and colour.', 'description: Layout, typography and colour; see [the guide](../docs/missing.md).') },
			file: AREA,
			field: 'competencies[0].description',
			message: problems.linkedFileMissing('../docs/missing.md'),
		},
	])('fails on $kind, naming the file and the field', ({ edits, file, field, message }) => {
		const dir = brokenLadder(edits);

		const { status, lines } = check(dir);

		expect(status).toBe(1);
		const [problemLine] = lines;
		// `file:line: field: message`: the line of the field in the file.
		const prefix = new RegExp(`^${escapeRegExp(join(dir, file))}(?::\\d+)?: ${escapeRegExp(field)}: `).exec(problemLine ?? '');
		expect(prefix, problemLine).not.toBeNull();
		const text = problemLine?.slice(prefix![0].length);
		if (typeof message === 'string') expect(text).toBe(message);
		else expect(text).toMatch(message);
		expect(lines.at(-1)).toMatch(/the ladder is invalid: 1 problem\(s\)\.$/);
	});

	test('prints lint warnings without failing', () => {
		const result = spawnSync(process.execPath, ['src/cli/check.ts', SITES.design.contentDir], { encoding: 'utf8' });

		expect(result.status).toBe(0);
		expect(result.stderr).toMatch(/^warning: .*design-manager\.mdx:\d+: expectations\.visual-craft: visual-craft is expected at Capable, lower than Accomplished/m);
		expect(result.stderr).toMatch(/^warning: .*design-researcher\.mdx:\d+: grade: expects a mean level of 2\.5 per competency it expects, but Product Designer/m);
		expect(result.stdout).toContain('2 lint warnings.');
	});

	test('fails on lint warnings when the ladder asks for strict lint', () => {
		const dir = brokenLadder({ 'ladder.yaml': (t) => `${t}lint:\n  strict: true\n` });

		const { status, lines } = check(dir);

		expect(status).toBe(1);
		expect(lines[0]).toMatch(/design-manager\.mdx:\d+: expectations\.visual-craft: .*lower than Accomplished/);
	});

	test('reports every problem at once: a file’s schema and reference problems together, with their lines', () => {
		const dir = brokenLadder({
			[ROLE]: (t) => t.replace('track: product-design', 'track: nowhere').replace('grade: 2', 'grade: 2.5'),
			[AREA]: (t) => t.replace('name: Design craft', 'nme: Design craft'),
		});

		const { status, lines } = check(dir);

		expect(status).toBe(1);
		expect(lines.slice(0, -1).map((line) => line.replace(`${dir}/`, ''))).toEqual([
			`${AREA}: name: ${problems.required()}`,
			`${AREA}:1: nme: ${problems.unknownField()}`,
			`${ROLE}:4: grade: must be a whole number`,
			`${ROLE}:3: track: ${problems.unknownTrack('nowhere', ['product-design', 'research', 'design-leadership'])}`,
		]);
	});
});

describe('npm run check says the fix', () => {
	test('a misspelt track, area, level or role gets "did you mean"', () => {
		const dir = brokenLadder({
			[ROLE]: (t) => t.replace('track: product-design', 'track: product-desing').replace('next: [design-manager]', 'next: [design-manger]'),
			'roles/product-designer.mdx': (t) => t.replace('facilitation: novice', 'facilitation: novise'),
		});

		const { lines } = check(dir);
		expect(lines).toEqual(
			expect.arrayContaining([
				expect.stringContaining('track: unknown track "product-desing" (did you mean "product-design"?); the tracks are: product-design, research, design-leadership'),
				expect.stringContaining('next[0]: unknown role "design-manger": no file roles/design-manger.mdx (did you mean "design-manager"?)'),
				expect.stringContaining('expectations.facilitation: unknown level "novise" (did you mean "novice"?)'),
			]),
		);
	});
});

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

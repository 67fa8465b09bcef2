import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { problems } from '../../src/model/files/problems.ts';
import { sheetProblems } from '../../src/io/sheet-problems.ts';
import { runLadder } from '../../src/cli/ladder.ts';
import { fingerprint } from '../support/folder-fingerprint.ts';
import { runInProcess } from '../support/run-in-process.ts';
import { SITES } from '../support/sites.ts';

/**
 * The exported sheet with the senior product designer (the second role column, E) expected at
 * Master in interaction design; the role's note stays on the cell's lines below the level.
 */
function withMasterInteraction(csv: string): string {
	const rows = parseCsv(csv.replace(/^\uFEFF/, '')) as string[][];
	const row = rows.find((cells) => cells[1] === 'interaction-design')!;
	row[4] = row[4]!.replace(/^Accomplished/, 'Master');
	return stringifyCsv(rows, { record_delimiter: 'windows' });
}

/** Runs `ladder <args>` as `npm run ladder` does, in a process of its own. */
function ladderProcess(...args: string[]) {
	const result = spawnSync(process.execPath, ['src/cli/ladder.ts', ...args], { encoding: 'utf8' });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `ladder <args>` in this process: the same code, without a process's start-up. */
function ladder(...args: string[]) {
	return runInProcess(runLadder, args);
}

/** A fresh copy of the design ladder to change. */
function copyOfLadder(from = SITES.design.contentDir): string {
	const dir = join(mkdtempSync(join(tmpdir(), 'ladder-cli-')), 'content');
	cpSync(from, dir, { recursive: true });
	return dir;
}

const exportCsv = (dir: string) => ladder('export', '--format', 'csv', '--content', dir).stdout;

describe('ladder', () => {
	test('--help lists every command', () => {
		const { status, stdout } = ladderProcess('--help');

		expect(status).toBe(0);
		for (const command of ['validate', 'new role', 'import', 'export']) expect(stdout).toContain(command);
	});

	test('an unknown command is refused with the help', () => {
		const { status, stderr } = ladderProcess('frobnicate');

		expect(status).toBe(2);
		expect(stderr).toContain('unknown command "frobnicate"');
	});

	test('validate exits 0 on a valid ladder and 1 on a broken one', () => {
		const dir = copyOfLadder();
		expect(ladder('validate', '--content', dir).status).toBe(0);

		writeFileSync(join(dir, 'ladder.yaml'), 'name: [broken\n');
		const broken = ladder('validate', '--content', dir);

		expect(broken.status).toBe(1);
		expect(broken.stderr).toContain(`${join(dir, 'ladder.yaml')}:2: (file): is not valid YAML`);
	});

	test('new role writes a valid role file from the scale and competencies', () => {
		const dir = copyOfLadder();

		const { status, stdout } = ladder('new', 'role', 'staff-designer', '--track', 'product-design', '--grade', '3', '--content', dir);

		expect(status).toBe(0);
		expect(stdout).toContain('staff-designer.mdx');
		expect(ladder('validate', '--content', dir).status).toBe(0);
		const text = readFileSync(join(dir, 'roles/staff-designer.mdx'), 'utf8');
		expect(text).toContain('title: Staff Designer');
		// Grade 3: the third level of the scale, or the nearest below it that each competency describes.
		const written = parseYaml(text.split('---\n')[1]!) as { expectations: Record<string, string>; summary?: string };
		expect(written.expectations['visual-craft']).toBe('accomplished');
		expect(written).not.toHaveProperty('summary');
	});

	test('new role expects only the track’s areas, each at a level the competency describes, and follows the track’s baseline', () => {
		const dir = copyOfLadder(SITES.framework.contentDir);

		const { status, stderr } = ladder('new', 'role', 'backend-level-5', '--track', 'backend', '--grade', '2', '--content', dir);

		expect(status, stderr).toBe(0);
		expect(ladder('validate', '--content', dir).status).toBe(0);
		const written = parseYaml(readFileSync(join(dir, 'roles/backend-level-5.mdx'), 'utf8').split('---\n')[1]!) as { baseline?: string; expectations?: Record<string, string> };
		// The framework's backend roles are written with a baseline; so is the new one.
		expect(written.baseline).toBe('level-2');
		const exported = JSON.parse(ladder('export', '--format', 'json', '--content', dir).stdout) as { roles: { id: string; expectations: { competency: string; level: string }[] }[]; competencies: { id: string; area: string; descriptors: Record<string, unknown> }[] };
		const role = exported.roles.find((r) => r.id === 'backend-level-5')!;
		const areaOf = new Map(exported.competencies.map((c) => [c.id, c.area]));
		expect(new Set(role.expectations.map((e) => areaOf.get(e.competency)))).toEqual(new Set(['backend', 'shared-behaviours']));
		for (const e of role.expectations) expect(Object.keys(exported.competencies.find((c) => c.id === e.competency)!.descriptors)).toContain(e.level);
	});

	test('new role --track a,b writes a role the tracks share, expecting the areas of both, and refuses an unknown one', () => {
		const dir = copyOfLadder(SITES.framework.contentDir);

		const { status, stderr } = ladder('new', 'role', 'apprentice', '--track', 'backend,frontend', '--grade', '1', '--content', dir);

		expect(status, stderr).toBe(0);
		expect(ladder('validate', '--content', dir).status).toBe(0);
		const text = readFileSync(join(dir, 'roles/apprentice.mdx'), 'utf8');
		expect(text).toContain("Backend engineering and Frontend engineering tracks' areas");
		const written = parseYaml(text.split('---\n')[1]!) as { track?: string; tracks?: string[] };
		expect([written.track, written.tracks]).toEqual([undefined, ['backend', 'frontend']]);
		const exported = JSON.parse(ladder('export', '--format', 'json', '--content', dir).stdout) as { roles: { id: string; expectations: { competency: string }[] }[]; competencies: { id: string; area: string }[] };
		const areaOf = new Map(exported.competencies.map((c) => [c.id, c.area]));
		const areas = new Set(exported.roles.find((r) => r.id === 'apprentice')!.expectations.map((e) => areaOf.get(e.competency)));
		expect(areas).toEqual(new Set(['backend', 'frontend', 'shared-behaviours']));
		const refused = ladder('new', 'role', 'other', '--track', 'backend,astronaut', '--grade', '1', '--content', dir);
		expect(refused.status).toBe(1);
		expect(refused.stderr).toContain('unknown track "astronaut"');
	});

	test('init starts a valid ladder in an empty folder, new role and validate work on it, and a folder with files is refused', () => {
		const dir = join(mkdtempSync(join(tmpdir(), 'ladder-init-')), 'content');

		const started = ladder('init', '--name', 'Acme Ladder', '--content', dir);
		expect(started.status, started.stderr).toBe(0);
		expect(started.stdout).toContain(join(dir, 'ladder.yaml'));
		expect(ladder('validate', '--content', dir).status).toBe(0);
		expect(parseYaml(readFileSync(join(dir, 'ladder.yaml'), 'utf8'))).toMatchObject({ name: 'Acme Ladder' });

		const added = ladder('new', 'role', 'senior-engineer', '--track', 'engineering', '--grade', '3', '--content', dir);
		expect(added.status, added.stderr).toBe(0);
		expect(ladder('validate', '--content', dir).status).toBe(0);
		// The sample role at grade 1 expects the first level, so a role at grade 2 is a step up from it.
		const expectations = (id: string) => (parseYaml(readFileSync(join(dir, 'roles', `${id}.mdx`), 'utf8').split('---\n')[1]!) as { expectations: Record<string, string> }).expectations;
		expect(ladder('new', 'role', 'engineer-two', '--track', 'engineering', '--grade', '2', '--content', dir).status).toBe(0);
		expect(expectations('engineer')).toEqual({ delivery: 'learning', collaboration: 'learning' });
		expect(expectations('engineer-two')).toEqual({ delivery: 'practising', collaboration: 'practising' });

		const before = fingerprint(dir);
		const again = ladder('init', '--content', dir);
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('holds files already (');
		expect(again.stderr).toContain('ladder.yaml');
		expect(fingerprint(dir)).toEqual(before);
	});

	test('new role writes the first role of a ladder that has none', () => {
		const dir = join(mkdtempSync(join(tmpdir(), 'ladder-first-role-')), 'content');
		expect(ladder('init', '--content', dir).status).toBe(0);
		rmSync(join(dir, 'roles', 'engineer.mdx'));

		const first = ladder('new', 'role', 'engineer', '--track', 'engineering', '--grade', '1', '--content', dir);

		expect(first.status, first.stderr).toBe(0);
		expect(ladder('validate', '--content', dir).status).toBe(0);
	});

	test('new track adds a track after the others, changing nothing else in ladder.yaml; a role can join it at once', () => {
		const dir = copyOfLadder();
		const file = join(dir, 'ladder.yaml');
		const before = readFileSync(file, 'utf8');

		const { status, stdout, stderr } = ladder('new', 'track', 'content-design', '--name', 'Content design', '--areas', 'craft', '--content', dir);

		expect(status, stderr).toBe(0);
		expect(stdout).toContain('new role <id> --track content-design --grade 1');
		const after = readFileSync(file, 'utf8');
		expect(after.startsWith(before.trimEnd())).toBe(true);
		expect(after.slice(before.trimEnd().length)).toBe('\n  - id: content-design\n    name: Content design\n    areas:\n      - craft\n');
		expect(ladder('new', 'role', 'content-designer', '--track', 'content-design', '--grade', '1', '--content', dir).status).toBe(0);
		expect(ladder('validate', '--content', dir).status).toBe(0);
	});

	test('new track refuses an id that exists, an unknown area and an empty name, changing nothing', () => {
		const dir = copyOfLadder();
		const before = fingerprint(dir);

		expect(ladder('new', 'track', 'research', '--content', dir).stderr).toContain('a track with the id "research" exists already');
		expect(ladder('new', 'track', 'writing', '--areas', 'craft,prose', '--content', dir).stderr).toContain('--areas: unknown area "prose"; the areas are: craft, insight');
		expect(ladder('new', 'track', 'writing', '--name', ' ', '--content', dir).stderr).toContain('--name: ');
		expect(ladder('new', 'role', 'writer', '--track', 'writing', '--grade', '1', '--content', dir).stderr).toContain('add one with npm run ladder -- new track writing --name');
		expect(fingerprint(dir)).toEqual(before);
	});

	test('new role refuses an id that exists, and an unknown track, changing nothing', () => {
		const dir = copyOfLadder();
		const before = fingerprint(dir);

		const existing = ladder('new', 'role', 'product-designer', '--track', 'product-design', '--grade', '1', '--content', dir);
		const unknownTrack = ladder('new', 'role', 'new-one', '--track', 'astronauts', '--grade', '1', '--content', dir);

		expect(existing.status).toBe(1);
		expect(existing.stderr).toContain('a role with this id exists already');
		expect(unknownTrack.status).toBe(1);
		expect(unknownTrack.stderr).toContain('unknown track "astronauts"');
		expect(fingerprint(dir)).toEqual(before);
	});

	test('new role refuses what would make an invalid file: an empty title, a grade past any number, an id a .md role has', () => {
		const dir = copyOfLadder();
		renameSync(join(dir, 'roles/product-designer.mdx'), join(dir, 'roles/product-designer.md'));
		const before = fingerprint(dir);

		const emptyTitle = ladder('new', 'role', 'new-one', '--track', 'product-design', '--grade', '1', '--title', '', '--content', dir);
		const hugeGrade = ladder('new', 'role', 'new-one', '--track', 'product-design', '--grade', '99999999999999999999', '--content', dir);
		const mdTwin = ladder('new', 'role', 'product-designer', '--track', 'product-design', '--grade', '1', '--content', dir);

		expect([emptyTitle.status, hugeGrade.status, mdTwin.status]).toEqual([1, 1, 1]);
		expect(emptyTitle.stderr).toContain('--title: must not be empty');
		expect(hugeGrade.stderr).toContain('--grade: must be a whole number');
		expect(mdTwin.stderr).toContain('a role with this id exists already');
		expect(fingerprint(dir)).toEqual(before);
	});

	test('export refuses to write into the ladder or into a missing folder, without a stack trace', () => {
		const dir = copyOfLadder();
		const before = fingerprint(dir);

		const intoContent = ladder('export', '--format', 'json', '--out', join(dir, 'ladder.yaml'), '--content', dir);
		const missingFolder = ladder('export', '--format', 'csv', '--out', join(dir, '..', 'nowhere', 'matrix.csv'), '--content', dir);

		expect(intoContent.status).toBe(1);
		expect(intoContent.stderr).toContain("is inside the ladder's folder");
		expect(missingFolder.status).toBe(1);
		expect(missingFolder.stderr).toContain('does not exist; create it first');
		for (const { stderr } of [intoContent, missingFolder]) expect(stderr).not.toMatch(/\n\s+at /);
		expect(fingerprint(dir)).toEqual(before);
	});

	test('export writes the JSON export and the CSV, to a file when asked', () => {
		const dir = copyOfLadder();
		const out = join(dir, '..', 'ladder.json');

		const json = ladder('export', '--format', 'json', '--content', dir, '--out', out);

		expect(json.status).toBe(0);
		expect(JSON.parse(readFileSync(out, 'utf8')).formatVersion).toBe(1);
		expect(exportCsv(dir).startsWith('\uFEFFArea id,Competency id,Competency,')).toBe(true);
	});

	test('round trip: export, import into the ladder without its roles, export again: identical', () => {
		const dir = copyOfLadder();
		const csv = exportCsv(dir);
		const sheet = join(dir, '..', 'matrix.csv');
		writeFileSync(sheet, csv);
		for (const file of readdirSync(join(dir, 'roles'))) rmSync(join(dir, 'roles', file));

		const imported = ladder('import', sheet, '--content', dir);

		expect(imported.status, imported.stderr).toBe(0);
		expect(imported.stdout).toContain('4 roles created');
		expect(exportCsv(dir)).toBe(csv);
	});

	test('the hostile ladder (markup, Object.prototype ids) exports and imports back unchanged', () => {
		const dir = join(mkdtempSync(join(tmpdir(), 'ladder-cli-')), 'content');
		cpSync(SITES.hostile.contentDir, dir, { recursive: true });
		const before = fingerprint(dir);
		const csv = exportCsv(dir);
		const sheet = join(dir, '..', 'matrix.csv');
		writeFileSync(sheet, csv);

		const json = ladder('export', '--format', 'json', '--content', dir);
		const imported = ladder('import', sheet, '--content', dir);

		expect(json.status, json.stderr).toBe(0);
		const top = JSON.parse(json.stdout).competencies.find((c: { id: string }) => c.id === 'constructor');
		expect(top.descriptors.constructor).toBe('Builds what others build on.');
		expect(imported.status, imported.stderr).toBe(0);
		expect(imported.stdout).toContain('0 roles created, 0 updated; 0 competencies created, 0 updated');
		expect(fingerprint(dir)).toEqual(before);
		expect(exportCsv(dir)).toBe(csv);
	});

	test('criteria lists, examples and written ids go out in a sheet and come back unchanged', () => {
		const dir = join(mkdtempSync(join(tmpdir(), 'ladder-cli-')), 'content');
		cpSync(SITES.framework.contentDir, dir, { recursive: true });
		const before = fingerprint(dir);
		const json = ladder('export', '--format', 'json', '--content', dir).stdout;
		const sheet = join(dir, '..', 'matrix.csv');
		writeFileSync(sheet, exportCsv(dir));

		// Unchanged, the sheet changes nothing.
		const unchanged = ladder('import', sheet, '--content', dir);
		expect(unchanged.status, unchanged.stderr).toBe(0);
		expect(unchanged.stdout).toContain('0 competencies created, 0 updated');
		expect(fingerprint(dir)).toEqual(before);

		// Every level flattened to one line: the sheet brings back each list, example and id.
		for (const file of readdirSync(join(dir, 'competencies'))) {
			const path = join(dir, 'competencies', file);
			const area = parseYaml(readFileSync(path, 'utf8')) as { competencies: { levels: Record<string, unknown> }[] };
			for (const competency of area.competencies) {
				competency.levels = Object.fromEntries(Object.keys(competency.levels).map((level) => [level, 'Flattened.']));
			}
			writeFileSync(path, stringifyYaml(area));
		}
		const restored = ladder('import', sheet, '--content', dir);

		expect(restored.status, restored.stderr).toBe(0);
		expect(restored.stdout).toContain('0 competencies created, 8 updated');
		expect(ladder('export', '--format', 'json', '--content', dir).stdout).toBe(json);
		expect(readFileSync(join(dir, 'competencies', 'backend.yaml'), 'utf8')).toContain(
			[
				'        - text: Writes a design document before building a new service.',
				'          id: writes-design-documents',
				'          examples:',
				'            - Wrote the design of the notifications service; two teams reviewed it.',
			].join('\n'),
		);
	});

	test('release snapshots the ladder as /ladder.json serves it, and refuses a name that exists or is not a name', () => {
		const dir = copyOfLadder();
		rmSync(join(dir, 'releases'), { recursive: true, force: true });
		const json = JSON.parse(ladder('export', '--format', 'json', '--content', dir).stdout);

		const made = ladder('release', '2026-h1', '--date', '2026-05-18', '--content', dir);

		expect(made.status, made.stderr).toBe(0);
		const snapshot = JSON.parse(readFileSync(join(dir, 'releases', '2026-h1.json'), 'utf8'));
		expect(snapshot).toEqual({ ...json, release: '2026-h1', releasedOn: '2026-05-18' });
		const before = fingerprint(dir);
		for (const [name, message] of [
			['2026-h1', 'release "2026-h1" exists already'],
			['Spring 2026', '"Spring 2026" is not a release name'],
			['unreleased', '"unreleased" is not a release name'],
		]) {
			const refused = ladder('release', name!, '--content', dir);
			expect(refused.status, name).toBe(1);
			expect(refused.stderr).toContain(message);
			expect(refused.stderr).not.toMatch(/\bat .*\.ts:\d+/);
		}
		expect(fingerprint(dir)).toEqual(before);
	});

	test('validate fails on a hand-broken release, naming the file and the field', () => {
		const dir = copyOfLadder();
		const file = join(dir, 'releases', 'v1.json');
		writeFileSync(file, readFileSync(file, 'utf8').replace('"formatVersion": 1', '"formatVersion": 7'));
		writeFileSync(join(dir, 'releases', 'v2.json'), '{ "release": ');

		const result = ladder('validate', '--content', dir);

		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(new RegExp(`${file.replaceAll('.', '\\.')}:\\d+: formatVersion: `));
		expect(result.stderr).toContain(`${join(dir, 'releases', 'v2.json')}: (file): is not valid JSON`);
	});

	test('import updates a level, keeping the note and the MDX body, and touches no other file', () => {
		const dir = copyOfLadder();
		const role = join(dir, 'roles/senior-product-designer.mdx');
		const body = readFileSync(role, 'utf8').split('\n---\n')[1];
		const before = fingerprint(dir);
		const sheet = join(dir, '..', 'matrix.csv');
		writeFileSync(sheet, withMasterInteraction(exportCsv(dir)));

		const { status, stderr } = ladder('import', sheet, '--content', dir);

		expect(status, stderr).toBe(0);
		const text = readFileSync(role, 'utf8');
		expect(text).toMatch(/interaction-design:\n\s+level: master\n\s+note: Owns the <script>/);
		expect(text.split('\n---\n')[1]).toBe(body);
		const after = fingerprint(dir);
		expect(Object.keys(after).filter((file) => after[file] !== before[file])).toEqual(['roles/senior-product-designer.mdx']);
	});

	const malformed = [
		{ kind: 'an empty file', edit: () => '', where: '(file)', message: sheetProblems.empty() },
		{
			kind: 'a ragged row',
			edit: (lines: string[]) => lines.map((line, i) => (i === 7 ? line.replace(/,[^,]*$/, '') : line)).join('\r\n'),
			where: 'row 8',
			message: /^has \d+ cells, but the header has \d+$/,
		},
		{
			kind: 'an unknown level label',
			edit: (lines: string[]) => lines.map((line, i) => (i === 6 ? line.replace(',Capable,', ',Wizard,') : line)).join('\r\n'),
			where: 'row 7, column D',
			message: sheetProblems.unknownLevel('Wizard', ['Novice', 'Capable', 'Accomplished', 'Master']),
		},
		{
			kind: 'a duplicate role column',
			edit: (lines: string[]) => lines.map((line, i) => (i === 1 ? line.replace(',senior-product-designer,', ',product-designer,') : line)).join('\r\n'),
			where: 'row 2, column E',
			message: sheetProblems.duplicateRole('product-designer', 'D'),
		},
	];

	test.each(malformed)('import refuses $kind, naming the row and column, and leaves content/ byte-for-byte as it was', ({ edit, where, message }) => {
		const dir = copyOfLadder();
		const sheet = join(dir, '..', 'matrix.csv');
		writeFileSync(sheet, edit(exportCsv(dir).replace(/^\uFEFF/, '').split('\r\n')));
		const before = fingerprint(dir);

		const { status, stderr } = ladder('import', sheet, '--content', dir);

		expect(status).toBe(1);
		const line = stderr.split('\n').find((l) => l.startsWith(`${sheet}: ${where}: `)) ?? stderr;
		const text = line.slice(`${sheet}: ${where}: `.length);
		if (typeof message === 'string') expect(text).toBe(message);
		else expect(text).toMatch(message);
		expect(fingerprint(dir)).toEqual(before);
		expect(readdirSync(join(dir, '..')).filter((name) => name.includes('-import-'))).toEqual([]);
	});

	test('import refuses a sheet whose result would be an invalid ladder, changing nothing', () => {
		const dir = copyOfLadder();
		const sheet = join(dir, '..', 'matrix.csv');
		// A well-formed sheet, but "expectations" is an id the role page keeps for itself: only the
		// validation of the whole imported ladder can tell.
		writeFileSync(sheet, exportCsv(dir).replace(',facilitation,', ',expectations,'));
		const before = fingerprint(dir);

		const { status, stderr } = ladder('import', sheet, '--content', dir);

		expect(status).toBe(1);
		expect(stderr).toContain(`: competencies[2].id: ${problems.reservedId('expectations')}`);
		expect(stderr).toMatch(new RegExp(`${join(dir, 'competencies/insight.yaml').replaceAll('.', '\\.')}:\\d+: competencies\\[2\\]\\.id: `));
		expect(fingerprint(dir)).toEqual(before);
		expect(readdirSync(join(dir, '..')).filter((name) => name.includes('-import-'))).toEqual([]);
	});

	describe('import, as a person meets it', () => {
		const sheetWithMaster = (dir: string) => {
			const sheet = join(dir, '..', 'matrix.csv');
			writeFileSync(sheet, withMasterInteraction(exportCsv(dir)));
			return sheet;
		};

		test('refuses a sheet that is not UTF-8 (Excel\'s Windows-1252 "CSV"), saying how to save it', () => {
			const dir = copyOfLadder();
			const sheet = join(dir, '..', 'matrix.csv');
			writeFileSync(sheet, Buffer.from(exportCsv(dir).replace(/^\uFEFF/, '').replace('Product Designer', 'Désigner'), 'latin1'));
			const before = fingerprint(dir);

			const { status, stderr } = ladder('import', sheet, '--content', dir);

			expect(status).toBe(1);
			expect(stderr).toContain(`${sheet}: (file): ${sheetProblems.notUtf8()}`);
			expect(fingerprint(dir)).toEqual(before);
		});

		test('says when a sheet is separated by semicolons', () => {
			const dir = copyOfLadder();
			const sheet = join(dir, '..', 'matrix.csv');
			writeFileSync(sheet, 'Area;Competency id;Competency\r\nCraft;a;A\r\n');

			const { status, stderr } = ladder('import', sheet, '--content', dir);

			expect(status).toBe(1);
			expect(stderr).toContain(sheetProblems.semicolons());
		});

		test('names every file and field it changes; --dry-run names them and writes nothing', () => {
			const dir = copyOfLadder();
			const sheet = sheetWithMaster(dir);
			const before = fingerprint(dir);

			const dry = ladder('import', sheet, '--dry-run', '--content', dir);

			expect(dry.status, dry.stderr).toBe(0);
			expect(dry.stdout).toContain(`would change ${join(dir, 'roles/senior-product-designer.mdx')}: expectations.interaction-design`);
			expect(dry.stdout).toContain('dry run, nothing written');
			expect(fingerprint(dir)).toEqual(before);

			const real = ladder('import', sheet, '--content', dir);

			expect(real.stdout).toContain(`changed ${join(dir, 'roles/senior-product-designer.mdx')}: expectations.interaction-design`);
			expect(real.stdout.split('\n').filter((line) => line.startsWith('changed '))).toHaveLength(1);
		});

		test('keeps the content folder\'s mode, follows a symbolic link, and reads .md roles and .yml areas', () => {
			const dir = copyOfLadder();
			chmodSync(dir, 0o755);
			renameSync(join(dir, 'roles/senior-product-designer.mdx'), join(dir, 'roles/senior-product-designer.md'));
			renameSync(join(dir, 'competencies/craft.yaml'), join(dir, 'competencies/craft.yml'));
			const link = join(dir, '..', 'linked-content');
			symlinkSync(dir, link);
			const sheet = sheetWithMaster(dir);

			const { status, stderr } = ladder('import', sheet, '--content', link);

			expect(status, stderr).toBe(0);
			expect(lstatSync(link).isSymbolicLink()).toBe(true);
			expect(statSync(dir).mode & 0o777).toBe(0o755);
			expect(readFileSync(join(dir, 'roles/senior-product-designer.md'), 'utf8')).toMatch(/interaction-design:\n\s+level: master/);
			expect(readdirSync(join(dir, 'roles')).sort()).toEqual(['design-manager.mdx', 'design-researcher.mdx', 'product-designer.mdx', 'senior-product-designer.md']);
			expect(readdirSync(join(dir, 'competencies')).sort()).toEqual(['craft.yml', 'insight.yaml']);
		});

		test('refuses to overwrite uncommitted edits unless --force, naming the file', () => {
			const dir = copyOfLadder();
			const git = (...args: string[]) => spawnSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=T', ...args], { cwd: dir });
			git('init', '-q');
			git('add', '.');
			git('commit', '-qm', 'ladder');
			const role = join(dir, 'roles/senior-product-designer.mdx');
			writeFileSync(role, `${readFileSync(role, 'utf8')}\nAn edit not yet committed.\n`);
			const sheet = sheetWithMaster(dir);

			const refused = ladder('import', sheet, '--content', dir);

			expect(refused.status).toBe(1);
			expect(refused.stderr).toContain(`${role}: (file): ${problems.uncommittedEdits()}`);
			expect(readFileSync(role, 'utf8')).not.toMatch(/level: master/);

			const forced = ladder('import', sheet, '--force', '--content', dir);

			expect(forced.status, forced.stderr).toBe(0);
			expect(readFileSync(role, 'utf8')).toMatch(/level: master/);
			expect(readFileSync(role, 'utf8')).toContain('An edit not yet committed.');
		});

		test('refuses to overwrite a role that was never committed, naming it as the other messages do', () => {
			const dir = copyOfLadder();
			const git = (...args: string[]) => spawnSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=T', ...args], { cwd: dir });
			git('init', '-q');
			git('add', '.');
			git('commit', '-qm', 'ladder');
			expect(ladder('new', 'role', 'principal-designer', '--track', 'product-design', '--grade', '4', '--content', dir).status).toBe(0);
			const role = join(dir, 'roles/principal-designer.mdx');
			const before = readFileSync(role, 'utf8');
			const sheet = join(dir, '..', 'matrix.csv');
			writeFileSync(sheet, exportCsv(dir).replace(',Principal Designer,', ',Principal Product Designer,'));

			const refused = ladder('import', sheet, '--content', dir);

			expect(refused.status).toBe(1);
			expect(refused.stderr).toContain(`${role}: (file): ${problems.untrackedFile()}`);
			expect(readFileSync(role, 'utf8')).toBe(before);
		});

		test('imports 1,600 new competencies, showing its progress and a line per changed file', () => {
			const dir = copyOfLadder();
			const lines = exportCsv(dir).split('\r\n');
			const template = lines[6]!.split(',');
			const added = Array.from({ length: 1600 }, (_, i) => [template[0], `generated-${i + 1}`, `Generated ${i + 1}`, ...template.slice(3)].join(','));
			const sheet = join(dir, '..', 'matrix.csv');
			writeFileSync(sheet, [...lines.filter(Boolean), ...added].join('\r\n'));

			const { status, stdout, stderr } = ladder('import', sheet, '--content', dir);

			expect(status, stderr).toBe(0);
			expect(stderr).toContain('Applied 1600 of 1604 competencies');
			expect(stdout).toContain('1600 competencies created');
			expect(stdout).toMatch(/changed .*craft\.yaml: generated-1 \(new\), .* and 1592 more \(--verbose lists them\)/);
		});

		test('creates an area the sheet names, in block style, and leaves out the levels a row does not describe', () => {
			const dir = copyOfLadder();
			const lines = exportCsv(dir).split('\r\n').filter(Boolean);
			const sheet = join(dir, '..', 'matrix.csv');
			// Columns: area, id, name, four roles, description, level names, then novice, capable, accomplished, master.
			const row = ['people-growth', 'coaching', 'Coaching', '', '', 'Accomplished', '', '', '', '', '', 'Coaches a peer.', 'Coaches a team.'];
			writeFileSync(sheet, [...lines, row.join(',')].join('\r\n'));

			const { status, stdout, stderr } = ladder('import', sheet, '--content', dir);

			expect(status, stderr).toBe(0);
			expect(stdout).toContain(`changed ${join(dir, 'competencies/people-growth.yaml')}: (new area), coaching (new)`);
			expect(readFileSync(join(dir, 'competencies/people-growth.yaml'), 'utf8')).toBe(
				'name: People growth\ncompetencies:\n  - id: coaching\n    name: Coaching\n    levels:\n      accomplished: Coaches a peer.\n      master: Coaches a team.\n',
			);
		});

		test('refuses to import into a ladder whose area files are broken, naming the cause once, without a stack trace', () => {
			const dir = copyOfLadder();
			writeFileSync(join(dir, 'competencies/insight.yaml'), 'name: Insight\ncompetencies:\n');
			const sheet = join(dir, '..', 'matrix.csv');
			writeFileSync(sheet, 'Area,Competency id,Competency\r\n');
			const before = fingerprint(dir);

			const { status, stderr } = ladder('import', sheet, '--content', dir);

			expect(status).toBe(1);
			expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^${join(dir, 'competencies/insight.yaml').replaceAll('.', '\\.')}:\\d+: competencies: `))]);
			expect(stderr).toContain(problems.emptyValue());
			expect(fingerprint(dir)).toEqual(before);
		});

		test('removes a working copy that an interrupted import left behind', () => {
			const dir = copyOfLadder();
			// A process id no process has: the import that made it is gone.
			const stale = join(dir, '..', '.content-import-999999999-abc');
			cpSync(dir, stale, { recursive: true });

			const { status, stderr } = ladder('import', sheetWithMaster(dir), '--content', dir);

			expect(status, stderr).toBe(0);
			expect(readdirSync(join(dir, '..')).filter((name) => name.includes('-import-'))).toEqual([]);
		});
	});
});

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { runLadder } from '../../src/cli/ladder.ts';
import { workbookProblems } from '../../src/io/sheet-problems.ts';
import { cellPieces, SHEETS } from '../../src/io/workbook-layout.ts';
import { MAX_WORKBOOK_BYTES, workbookParts } from '../../src/io/workbook-parts.ts';
import { ladderToJson } from '../../src/io/ladder-json.ts';
import { readLadderFiles } from '../../src/model/files/ladder-files.ts';
import { loadLadder } from '../../src/model/files/load.ts';
import { problems } from '../../src/model/files/problems.ts';
import { translationsBeside } from '../support/outside-workbook.ts';
import { fingerprint } from '../support/folder-fingerprint.ts';
import { runInProcessAsync } from '../support/run-in-process.ts';
import { SITES } from '../support/sites.ts';

const ladder = (...args: string[]) => runInProcessAsync(runLadder, args);

/** A fresh copy of a ladder to change, in a folder of its own. */
function copyOfLadder(from = SITES.design.contentDir): string {
	const dir = join(mkdtempSync(join(tmpdir(), 'ladder-workbook-')), 'content');
	cpSync(from, dir, { recursive: true });
	return dir;
}

/** The ladder in `dir` exported as a workbook beside it. */
async function exportWorkbook(dir: string): Promise<string> {
	const file = join(dir, '..', 'ladder.xlsx');
	const { status, stderr } = await ladder('export', '--format', 'xlsx', '--out', file, '--content', dir);
	expect(status, stderr).toBe(0);
	return file;
}

/** Opens a workbook, lets `edit` change it, and saves it in place, as a spreadsheet program would. */
async function editWorkbook(file: string, edit: (workbook: ExcelJS.Workbook) => void): Promise<void> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.readFile(file);
	edit(workbook);
	await workbook.xlsx.writeFile(file);
}

const sheet = (workbook: ExcelJS.Workbook, key: keyof typeof SHEETS) => workbook.getWorksheet(SHEETS[key].name)!;
const ids = (dir: string) => JSON.stringify(ladderToJson(loadLadder(dir).ladder));

/**
 * Each test writes and reads whole workbooks and validates whole ladders: measured at 0.2 to 3 s
 * each beside a full test run and a parallel build on two cores (the first one loads the workbook
 * library). Vitest's 5 s would be too close; 30 s is ten times the slowest.
 */
const SLOW = { timeout: 30_000 };

describe('ladder export --format xlsx and import <file.xlsx>', SLOW, () => {
	test.each([SITES.example, SITES.design, SITES.hostile, SITES.framework])('the $name ladder comes back whole into an empty folder', async (site) => {
		const work = mkdtempSync(join(tmpdir(), 'ladder-workbook-'));
		const file = join(work, 'ladder.xlsx');
		await ladder('export', '--format', 'xlsx', '--out', file, '--content', site.contentDir);
		const into = join(work, 'content');
		translationsBeside(site.contentDir, into);

		const { status, stderr, stdout } = await ladder('import', file, '--content', into);

		expect(status, stderr).toBe(0);
		expect(stdout).toMatch(/roles created/);
		expect(ids(into)).toBe(ids(site.contentDir));
		const bodies = (dir: string) => Object.fromEntries(readLadderFiles(dir).roles.map((role) => [role.file, role.body]));
		expect(bodies(into)).toEqual(bodies(site.contentDir));
	});

	test('imported into the ladder it came from, changes nothing: every file keeps its bytes', async () => {
		for (const from of [SITES.example.contentDir, SITES.framework.contentDir]) {
			const dir = copyOfLadder(from);
			const before = fingerprint(dir);
			const file = await exportWorkbook(dir);

			const { status, stdout } = await ladder('import', file, '--content', dir);

			expect(status).toBe(0);
			expect(stdout).not.toContain('changed ');
			expect(fingerprint(dir)).toEqual(before);
		}
	});

	test('writes every cell as text: no formula, no number, even where the ladder writes "=" or a digit', async () => {
		const dir = copyOfLadder(SITES.hostile.contentDir);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.readFile(await exportWorkbook(dir));
		const kinds = new Set<ExcelJS.ValueType>();
		workbook.eachSheet((worksheet) => worksheet.eachRow((row) => row.eachCell((cell) => void kinds.add(cell.type))));

		expect([...kinds]).toEqual([ExcelJS.ValueType.String]);
		expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual(Object.values(SHEETS).map((layout) => layout.name));
	});

	test('an edit in the workbook changes only that field, named, and --dry-run writes nothing', async () => {
		const dir = copyOfLadder();
		const file = await exportWorkbook(dir);
		await editWorkbook(file, (workbook) => {
			const expectations = sheet(workbook, 'expectations');
			expectations.eachRow((row) => {
				if (row.getCell(1).text === 'senior-product-designer' && row.getCell(2).text === 'interaction-design') row.getCell(3).value = 'master';
			});
			const roles = sheet(workbook, 'roles');
			roles.eachRow((row) => {
				if (row.getCell(1).text === 'design-researcher') row.getCell(6).value = 'Finds out what people need, and why.';
			});
		});
		const before = fingerprint(dir);

		const dry = await ladder('import', file, '--dry-run', '--content', dir);

		expect(dry.status, dry.stderr).toBe(0);
		expect(dry.stdout).toContain(`would change ${join(dir, 'roles/senior-product-designer.mdx')}: expectations.interaction-design`);
		expect(dry.stdout).toContain(`would change ${join(dir, 'roles/design-researcher.mdx')}: summary`);
		expect(fingerprint(dir)).toEqual(before);

		const real = await ladder('import', file, '--content', dir);

		expect(real.status, real.stderr).toBe(0);
		expect(real.stdout.split('\n').filter((line) => line.startsWith('changed '))).toHaveLength(2);
		expect(loadLadder(dir).ladder.roles.find((role) => role.id === 'design-researcher')?.summary).toBe('Finds out what people need, and why.');
	});

	test('a role taken out of the workbook is removed, and said so', async () => {
		const dir = copyOfLadder();
		const file = await exportWorkbook(dir);
		await editWorkbook(file, (workbook) => {
			for (const key of ['roles', 'expectations', 'bodies', 'skills'] as const) {
				const worksheet = sheet(workbook, key);
				for (let n = worksheet.rowCount; n > 1; n--) if (worksheet.getRow(n).getCell(1).text === 'design-researcher') worksheet.spliceRows(n, 1);
			}
			// The role that led to it leads elsewhere now.
			sheet(workbook, 'roles').eachRow((row) => {
				if (row.getCell(1).text === 'product-designer') row.getCell(10).value = 'senior-product-designer';
			});
		});

		const { status, stdout, stderr } = await ladder('import', file, '--content', dir);

		expect(status, stderr).toBe(0);
		expect(stdout).toContain(`changed ${join(dir, 'roles/design-researcher.mdx')}: (removed)`);
		expect(stdout).toContain(`changed ${join(dir, 'roles/product-designer.mdx')}: next`);
		expect(existsSync(join(dir, 'roles/design-researcher.mdx'))).toBe(false);
	});

	test('refuses to overwrite uncommitted edits, as a sheet\'s import does', async () => {
		const dir = copyOfLadder();
		const git = (...args: string[]) => spawnSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=T', ...args], { cwd: dir });
		git('init', '-q');
		git('add', '.');
		git('commit', '-qm', 'ladder');
		const file = await exportWorkbook(dir);
		await editWorkbook(file, (workbook) => void (sheet(workbook, 'roles').getRow(2).getCell(6).value = 'A new summary.'));
		const role = join(dir, 'roles', `${sheet(await openWorkbook(file), 'roles').getRow(2).getCell(1).text}.mdx`);
		writeFileSync(role, `${readFileSync(role, 'utf8')}\nAn edit not yet committed.\n`);

		const refused = await ladder('import', file, '--content', dir);

		expect(refused.status).toBe(1);
		expect(refused.stderr).toContain(`${role}: (file): ${problems.uncommittedEdits()}`);
		expect(readFileSync(role, 'utf8')).not.toContain('A new summary.');
	});

	test('an older workbook never removes a role that git does not have: refused, named, the file untouched; a dry run counts the removal', async () => {
		const dir = copyOfLadder();
		const git = (...args: string[]) => spawnSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=T', ...args], { cwd: dir });
		git('init', '-q');
		git('add', '.');
		git('commit', '-qm', 'ladder');
		const older = await exportWorkbook(dir);
		expect((await ladder('new', 'role', 'principal-designer', '--track', 'product-design', '--grade', '4', '--content', dir)).status).toBe(0);
		const role = join(dir, 'roles', 'principal-designer.mdx');
		const before = readFileSync(role, 'utf8');

		const dry = await ladder('import', older, '--dry-run', '--content', dir);
		expect(dry.stdout).toContain(`would change ${role}: (removed)`);
		expect(dry.stdout).toContain('0 roles created, 0 updated, 1 role file removed;');

		const refused = await ladder('import', older, '--content', dir);
		expect(refused.status).toBe(1);
		expect(refused.stderr).toContain(`${role}: (file): ${problems.untrackedFile()}`);
		expect(readFileSync(role, 'utf8')).toBe(before);

		const forced = await ladder('import', older, '--force', '--content', dir);
		expect(forced.status, forced.stderr).toBe(0);
		expect(forced.stdout).toContain('1 role file removed');
		expect(existsSync(role)).toBe(false);
	});

	test('lists the roles in the ladder’s order (by track, then grade), not by file name', async () => {
		const dir = copyOfLadder();
		const workbook = await openWorkbook(await exportWorkbook(dir));
		const ids: string[] = [];
		sheet(workbook, 'roles').eachRow((row, number) => void (number > 1 && ids.push(row.getCell(1).text)));
		const { ladder: resolved } = loadLadder(dir);
		const order = resolved.tracks.flatMap((track) => resolved.roles.filter((role) => role.trackId === track.id).sort((a, b) => a.grade - b.grade || a.title.localeCompare(b.title)).map((role) => role.id));

		expect(ids).toEqual(order);
		expect(ids).not.toEqual([...ids].sort());
	});

	test('export refuses to write a workbook to the terminal', async () => {
		const { status, stderr } = await ladder('export', '--format', 'xlsx', '--content', SITES.design.contentDir);

		expect(status).toBe(1);
		expect(stderr).toContain('--out <file.xlsx>');
	});

	test('a body longer than a cell holds is split over rows and joined again', () => {
		const body = `${'A line of a long role page.\n'.repeat(3000)}🙂${'x'.repeat(40_000)}`;

		const pieces = cellPieces(body);

		expect(pieces.join('')).toBe(body);
		for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(32_767);
		expect(pieces[0]!.endsWith('\n')).toBe(true);
	});
});

async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.readFile(file);
	return workbook;
}

describe('a bad workbook is refused, naming sheet, row and column, and content/ keeps every byte', SLOW, () => {
	const cases: [string, (workbook: ExcelJS.Workbook) => void, string][] = [
		['a missing sheet', (workbook) => workbook.removeWorksheet(sheet(workbook, 'criteria').id), `sheet Criteria: ${workbookProblems.missingSheet('Criteria')}`],
		['a renamed column', (workbook) => void (sheet(workbook, 'roles').getCell('C1').value = 'Title'), `sheet Roles, row 1, column C: ${workbookProblems.badColumn('title', 'Title')}`],
		['an unknown column', (workbook) => void (sheet(workbook, 'tracks').getCell('K1').value = 'colour'), 'sheet Tracks, row 1, column K: "colour" is not a column of this sheet'],
		[
			'an id used twice',
			(workbook) => {
				const roles = sheet(workbook, 'roles');
				roles.getCell('A3').value = roles.getCell('A2').text;
			},
			'sheet Roles, row 3, column A: role "',
		],
		['a level that does not exist', (workbook) => void (sheet(workbook, 'expectations').getCell('C2').value = 'grandmaster'), 'sheet Expectations, row 2, column C: unknown level "grandmaster"'],
		['a formula', (workbook) => void (sheet(workbook, 'roles').getCell('F2').value = { formula: 'HYPERLINK("https://example.org")' } as ExcelJS.CellFormulaValue), `sheet Roles, row 2, column F: ${workbookProblems.formula()}`],
		['a competency that does not exist', (workbook) => void (sheet(workbook, 'expectations').getCell('B2').value = 'interaction-desing'), 'sheet Expectations, row 2, column B: unknown competency "interaction-desing" (did you mean "interaction-design"?)'],
	];

	test.each(cases)('%s', async (_, edit, expected) => {
		const dir = copyOfLadder();
		const file = await exportWorkbook(dir);
		await editWorkbook(file, edit);
		const before = fingerprint(dir);

		const { status, stderr } = await ladder('import', file, '--content', dir);

		expect(status).toBe(1);
		expect(stderr).toContain(`${file}: ${expected}`);
		expect(fingerprint(dir)).toEqual(before);
	});

	test('a sheet the author added is named, not dropped without a word', async () => {
		const dir = copyOfLadder();
		const file = await exportWorkbook(dir);
		await editWorkbook(file, (workbook) => void (workbook.addWorksheet('Notes').getCell('A1').value = 'Ideas for next year'));
		const before = fingerprint(dir);

		const { status, stderr } = await ladder('import', file, '--content', dir);

		expect(status).toBe(1);
		expect(stderr).toContain(`${file}: sheet Notes: is not a sheet of the ladder's workbook`);
		expect(fingerprint(dir)).toEqual(before);
	});

	test('says everything wrong in one round: a formula, and a level that does not exist, naming the levels', async () => {
		const dir = copyOfLadder();
		const file = await exportWorkbook(dir);
		await editWorkbook(file, (workbook) => {
			sheet(workbook, 'roles').getCell('F2').value = { formula: 'HYPERLINK("https://example.org")' } as ExcelJS.CellFormulaValue;
			sheet(workbook, 'expectations').getCell('C2').value = 'grandmaster';
		});

		const { status, stderr } = await ladder('import', file, '--content', dir);

		expect(status).toBe(1);
		expect(stderr).toContain(`sheet Roles, row 2, column F: ${workbookProblems.formula()}`);
		expect(stderr).toMatch(/sheet Expectations, row 2, column C: unknown level "grandmaster"; the levels are: novice, \w+/);
	});

	test('a file that is not a workbook', async () => {
		const dir = copyOfLadder();
		const file = join(dir, '..', 'not.xlsx');
		writeFileSync(file, 'Area id,Competency id\r\n');
		const before = fingerprint(dir);

		const { status, stderr } = await ladder('import', file, '--content', dir);

		expect(status).toBe(1);
		expect(stderr).toContain('is not a workbook this import can read');
		expect(fingerprint(dir)).toEqual(before);
	});

	test('a workbook whose ladder is invalid names the content file, and a missing folder is not left behind', async () => {
		const dir = copyOfLadder();
		const file = await exportWorkbook(dir);
		await editWorkbook(file, (workbook) => void (sheet(workbook, 'roles').getCell('D2').value = 'astronauts'));
		const into = join(dir, '..', 'new-content');

		const { status, stderr } = await ladder('import', file, '--content', into);

		expect(status).toBe(1);
		expect(stderr).toContain('unknown track "astronauts"');
		expect(existsSync(into)).toBe(false);
	});
});

describe('a hostile workbook is refused by name, or read only as far as the import needs', SLOW, () => {
	/** The exported workbook with its zip's parts changed by `edit`, as a crafted file would be. */
	async function craftedWorkbook(dir: string, edit: (zip: JSZip) => Promise<void> | void): Promise<string> {
		const file = await exportWorkbook(dir);
		const zip = await JSZip.loadAsync(readFileSync(file));
		await edit(zip);
		writeFileSync(file, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
		return file;
	}
	/** The part of the sheet named `name`, as the workbook's relationships say. */
	async function sheetPart(zip: JSZip, name: string): Promise<string> {
		const workbook = await zip.file('xl/workbook.xml')!.async('string');
		const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
		const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
		return `xl/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1]}`.replace('xl//xl/', 'xl/');
	}
	const editCell = async (zip: JSZip, sheetName: string, address: string, replace: (cell: string) => string) => {
		const part = await sheetPart(zip, sheetName);
		const xml = await zip.file(part)!.async('string');
		const cell = new RegExp(`<c r="${address}"[^>]*?(?:/>|>.*?</c>)`).exec(xml)![0];
		zip.file(part, xml.replace(cell, replace(cell)));
	};

	test.each([
		['a formula cell whose formula is empty, with a cached value', (cell: string) => cell.replace(/<v>/, '<f></f><v>'), workbookProblems.formula()],
		['a cell typed as a date', () => '<c r="C2" t="d"><v>2026-01-05T00:00:00Z</v></c>', workbookProblems.notText('date')],
	])('%s', async (_, replace, expected) => {
		const dir = copyOfLadder();
		const file = await craftedWorkbook(dir, (zip) => editCell(zip, SHEETS.roles.name, 'C2', replace));
		const before = fingerprint(dir);

		const { status, stderr } = await ladder('import', file, '--content', dir);

		expect(status).toBe(1);
		expect(stderr).toContain(`${file}: sheet Roles, row 2, column C: ${expected}`);
		expect(fingerprint(dir)).toEqual(before);
	});

	test('shared strings that would inflate past the bound, refused without reading them whole', async () => {
		const dir = copyOfLadder();
		const file = await craftedWorkbook(dir, async (zip) => {
			const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
			zip.file('xl/sharedStrings.xml', strings.replace('</sst>', `<si><t>${'a'.repeat(MAX_WORKBOOK_BYTES)}</t></si></sst>`));
		});
		expect(readFileSync(file).length).toBeLessThan(200_000);
		const before = fingerprint(dir);

		const { status, stderr } = await ladder('import', file, '--content', dir);

		expect(status).toBe(1);
		expect(stderr).toContain(`${file}: (file): ${workbookProblems.tooLarge(MAX_WORKBOOK_BYTES)}`);
		expect(fingerprint(dir)).toEqual(before);
	});

	test('a part the import does not read is never inflated: the parts handed on are the workbook’s and its sheets’ only', async () => {
		const dir = copyOfLadder();
		const file = await craftedWorkbook(dir, (zip) => void zip.file('xl/media/unused.bin', new Uint8Array(MAX_WORKBOOK_BYTES * 2)));

		const parts = await workbookParts(readFileSync(file));

		expect(Object.values((await JSZip.loadAsync(parts.bytes)).files).filter((entry) => !entry.dir).map((entry) => entry.name).filter((name) => !/^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/sheet\d+\.xml)$/.test(name))).toEqual([]);
		expect((await ladder('import', file, '--content', dir)).status).toBe(0);
	});

	test('a skills group named constructor is a group like any other', async () => {
		const dir = copyOfLadder();
		const file = await exportWorkbook(dir);
		await editWorkbook(file, (workbook) => void (sheet(workbook, 'skills').getCell('B2').value = 'constructor'));

		const { status, stderr } = await ladder('import', file, '--content', dir);

		expect(status, stderr).toBe(0);
		expect(readFileSync(join(dir, 'roles/product-designer.mdx'), 'utf8')).toMatch(/\n  constructor:\n\s+- Figma\n/);
	});
});

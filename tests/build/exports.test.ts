import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { readLevelCell } from '../../src/io/criteria-cell.ts';
import { readCell } from '../../src/io/spreadsheet-cell.ts';
import { ladderToJson } from '../../src/io/ladder-json.ts';
import { readLadderFiles, type LadderFiles } from '../../src/model/files/ladder-files.ts';
import { loadLadder } from '../../src/model/files/load.ts';
import { runLadder } from '../../src/cli/ladder.ts';
import { readPage } from '../support/built-pages.ts';
import { runInProcessAsync } from '../support/run-in-process.ts';
import { translationsBeside } from '../support/outside-workbook.ts';
import { rawContent } from '../support/raw-content.ts';
import { criterionAnchors, rawCriteria } from '../support/shown-level.ts';
import { ALL_SITES, SITES } from '../support/sites.ts';

const readJson = (dist: string, file: string) => JSON.parse(readFileSync(join(dist, file), 'utf8'));

describe.each(ALL_SITES)('the $name exports', (site) => {
	const content = rawContent(site.contentDir);

	test('/ladder.json is valid against /ladder.schema.json', () => {
		const ajv = new Ajv2020({ allErrors: true, strict: false });
		const validate = ajv.compile(readJson(site.dist, 'ladder.schema.json'));

		const valid = validate(readJson(site.dist, 'ladder.json'));

		expect(validate.errors ?? []).toEqual([]);
		expect(valid).toBe(true);
	});

	test('the schema rejects what the format does not allow', () => {
		const validate = new Ajv2020({ strict: false }).compile(readJson(site.dist, 'ladder.schema.json'));
		const exported = readJson(site.dist, 'ladder.json');

		expect(validate({ ...exported, formatVersion: 2 })).toBe(false);
		expect(validate({ ...exported, surprise: true })).toBe(false);
	});

	test('/ladder.json holds every expectation, note, skill and descriptor of the content', () => {
		const exported = readJson(site.dist, 'ladder.json');

		for (const role of content.roles) {
			const out = exported.roles.find((r: { id: string }) => r.id === role.id);
			const expectations = role.expectations.map((e) => ({ competency: e.competencyId, level: e.levelId, ...(e.note ? { note: e.note } : {}) }));
			expect(out.expectations, role.id).toEqual(expect.arrayContaining(expectations));
			expect(out.expectations).toHaveLength(expectations.length);
			expect(out.skills.flatMap((s: { items: string[] }) => s.items)).toEqual(Object.values(role.skills ?? {}).flat());
			expect(out.next).toEqual(role.next ?? []);
		}
		for (const competency of content.competencies) {
			// A single descriptor stays a string; a list carries each criterion's id (as written, or its own) and examples.
			const expected = Object.fromEntries(
				Object.entries(competency.levels).map(([levelId, level]) => [
					levelId,
					typeof level === 'string' ? level : rawCriteria(level).map((c) => ({ id: c.id ?? expect.stringMatching(/^[a-z0-9-]+$/), text: c.text, examples: c.examples })),
				]),
			);
			expect(exported.competencies.find((c: { id: string }) => c.id === competency.id).descriptors, competency.id).toEqual(expected);
		}
	});

	test('/ladder.json names each criterion by the id that anchors it on role pages', () => {
		const exported = readJson(site.dist, 'ladder.json');
		const criterionIds = new Map<string, string[]>();
		for (const competency of exported.competencies as { id: string; descriptors: Record<string, string | { id: string }[]> }[]) {
			for (const [levelId, level] of Object.entries(competency.descriptors)) {
				if (typeof level !== 'string') criterionIds.set(`${competency.id}@${levelId}`, level.map((c) => c.id));
			}
		}
		const all = [...criterionIds.values()].flat();
		expect(new Set(all).size).toBe(all.length);
		for (const role of exported.roles as { id: string; expectations: { competency: string; level: string }[] }[]) {
			const page = readPage(site.dist, `/roles/${role.id}/`);
			for (const e of role.expectations) {
				const anchors = criterionAnchors(page.getElementById(e.competency)?.closest('article'));
				expect(anchors, `${role.id} → ${e.competency}`).toEqual(criterionIds.get(`${e.competency}@${e.level}`) ?? []);
			}
		}
	});
});

describe.each(ALL_SITES)('the $name /matrix.csv', (site) => {
	const content = rawContent(site.contentDir);
	const text = readFileSync(join(site.dist, 'matrix.csv'), 'utf8');
	const rows = parse(text.replace(/^\uFEFF/, '')) as string[][];

	test('is UTF-8 with a byte-order mark and CRLF line ends', () => {
		expect(text.startsWith('\uFEFF')).toBe(true);
		expect(text.split('\r\n').length).toBe(rows.length + 1);
	});

	test('quotes every cell with a comma, a quote or a line break, so a reader that ends a row at any line break gets whole rows', () => {
		// Python's csv module, Excel and most readers end a row at an unquoted LF as well as at CRLF.
		const strict = parse(text.replace(/^\uFEFF/, ''), { record_delimiter: ['\r\n', '\n'] }) as string[][];
		expect(strict).toEqual(rows);
		expect(new Set(strict.map((row) => row.length)).size).toBe(1);
	});

	test('holds every expectation in its cell, every role title as written, and nothing else', () => {
		const roleIds = new Set(content.roles.map((role) => role.id));
		const roleColumn = new Map(rows[1]!.flatMap((id, column) => (roleIds.has(id) ? [[id, column] as const] : [])));
		const competencyRow = new Map(rows.map((row, index) => [row[1], index]));
		let filled = 0;

		for (const role of content.roles) {
			const column = roleColumn.get(role.id)!;
			expect(rows[0]![column]).toBe(role.title);
			// The scale's name for the level, and the role's note on the lines below it.
			for (const e of role.expectations) expect(rows[competencyRow.get(e.competencyId)!]![column], `${role.id}/${e.competencyId}`).toBe(e.note ? `${e.levelLabel}\n${e.note}` : e.levelLabel);
		}
		for (const row of rows.slice(6)) for (const column of roleColumn.values()) if (column > 2 && row[column]) filled++;

		expect(filled).toBe(content.roles.reduce((sum, role) => sum + role.expectations.length, 0));
	});

	test("holds each competency's and each track's own level names, a `<level>: <name>` line each", () => {
		const label = new Map(content.ladder.levels.map((level) => [level.id, level.label]));
		const lines = (names: Record<string, string> | undefined) =>
			content.ladder.levels.flatMap((level) => (names?.[level.id] ? [`${label.get(level.id)}: ${names[level.id]}`] : [])).join('\n');
		const namesColumn = rows[0]!.indexOf('Level names');
		const competencyRow = new Map(rows.map((row) => [row[1], row]));
		for (const competency of content.competencies) expect(readCell(competencyRow.get(competency.id)![namesColumn]!), competency.id).toBe(lines(competency.labels));
		const trackNames = rows.find((row) => row[2] === 'Track level names')!;
		rows[2]!.forEach((track, column) => {
			if (column > 2 && column < rows[0]!.indexOf('Description')) expect(trackNames[column], track).toBe(lines(content.ladder.tracks.find((t) => t.id === track)?.levelLabels));
		});
	});

	test('holds every descriptor and criterion, with examples and written ids, one criterion per line', () => {
		const levelColumns = rows[0]!.slice(-content.ladder.levels.length);
		expect(levelColumns).toEqual(content.ladder.levels.map((level) => level.label));
		const competencyRow = new Map(rows.map((row) => [row[1], row]));
		for (const competency of content.competencies) {
			const cells = competencyRow.get(competency.id)!.slice(-content.ladder.levels.length);
			const written = content.ladder.levels.map((level) => competency.levels[level.id]);
			expect(cells.map((cell) => readLevelCell(readCell(cell))), competency.id).toEqual(written);
		}
	});
});

describe.each(ALL_SITES)('the $name /ladder.xlsx', (site) => {
	test('imported into an empty folder, writes the same ladder: the same /ladder.json and the same role bodies', async () => {
		const dir = join(mkdtempSync(join(tmpdir(), 'workbook-')), 'content');
		translationsBeside(site.contentDir, dir);

		const { status, stderr } = await runInProcessAsync(runLadder, ['import', join(site.dist, 'ladder.xlsx'), '--content', dir]);

		expect(stderr).not.toContain('ladder:');
		expect(status).toBe(0);
		expect(ladderToJson(loadLadder(dir).ladder)).toEqual(ladderToJson(loadLadder(site.contentDir).ladder));
		const bodies = (files: LadderFiles) => Object.fromEntries(files.roles.map((role) => [role.file, role.body]));
		expect(bodies(readLadderFiles(dir))).toEqual(bodies(readLadderFiles(site.contentDir)));
	});
});

describe('the downloads page', () => {
	const site = SITES.example;

	test('lists each download with a line on what it is for, and home and the sidebar link to it', () => {
		const page = readPage(site.dist, '/downloads/');
		const entries = [...page.querySelectorAll('dl.downloads > div')].map((entry) => ({
			links: [...entry.querySelectorAll('a')].map((a) => a.getAttribute('href')),
			says: entry.querySelector('dd')?.textContent?.trim() ?? '',
		}));
		const linked = entries.flatMap((entry) => entry.links);
		// The test builds set SITE_URL, so the feed is built and listed.
		expect(linked).toEqual(expect.arrayContaining(['/ladder.json', '/ladder.schema.json', '/matrix.csv', '/ladder.xlsx', '/changes.xml']));
		for (const entry of entries) expect(entry.says.length, String(entry.links)).toBeGreaterThan(30);
		for (const href of linked) expect(readFileSync(join(site.dist, href!)).length, href!).toBeGreaterThan(100);
		expect([...readPage(site.dist, '/').querySelectorAll('main a')].map((a) => a.getAttribute('href'))).toContain('/downloads/');
		expect([...readPage(site.dist, '/roles/software-engineer/').querySelectorAll('#starlight__sidebar a')].map((a) => a.getAttribute('href'))).toContain('/downloads/');
	});
});

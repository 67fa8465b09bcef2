/**
 * Translations of the held-out style of ladder (accented names, a release, an original edited
 * since): the check, `ladder translations` and its template, on a copy with a French translation
 * that has current, stale, missing and orphaned fields. In-process, as the other commands' tests.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { runLadder } from '../../src/cli/ladder.ts';
import { readReleases } from '../../src/history/releases.ts';
import { loadLadder } from '../../src/model/files/load.ts';
import { formatProblem, problems, WHOLE_FILE } from '../../src/model/files/problems.ts';
import { ladderTranslations, translationProblems } from '../../src/translations/read.ts';
import { fingerprint } from '../support/folder-fingerprint.ts';
import { runInProcess, runInProcessAsync } from '../support/run-in-process.ts';
import { SITES } from '../support/sites.ts';


/**
 * The design fixture's French translation, made from `v1`: `visual-craft`'s novice descriptor was
 * edited after `v1`, so its translation is stale; `retired-skill` is an orphan.
 */
const FRENCH = readFileSync(join(SITES.design.contentDir, 'translations', 'fr.yaml'), 'utf8');

/** A copy of the design ladder, with its translation, to change. */
function translatedLadder(): string {
	const dir = join(mkdtempSync(join(tmpdir(), 'translations-')), 'content');
	cpSync(SITES.design.contentDir, dir, { recursive: true });
	return dir;
}

const ladder = (dir: string, ...args: string[]) => runInProcess(runLadder, ['--content', dir, ...args]);

function checked(dir: string) {
	const { ladder, guides } = loadLadder(dir);
	return ladderTranslations(dir, ladder, guides, readReleases(dir).releases);
}

describe('a translated ladder', () => {
	test('passes the check, naming the orphaned field with its line as a warning', () => {
		const dir = translatedLadder();
		const run = runInProcess(runLadder, ['--content', dir, 'validate']);
		expect(run.status).toBe(0);
		expect(run.stderr).toMatch(/^warning: .*fr\.yaml:34: competencies\.retired-skill\.name: translates a field the ladder no longer has/m);
		expect(run.stdout).toContain('1 translation, 1 orphaned translation');
		const file = join(dir, 'translations', 'fr.yaml');
		expect(checked(dir).warnings).toEqual([{ file, field: 'competencies.retired-skill.name', message: translationProblems.orphan() }]);
		expect(formatProblem(checked(dir).warnings[0]!)).toMatch(new RegExp(`fr\\.yaml:34: competencies\\.retired-skill\\.name: `));
	});

	test('`translations` reports each state, the stale field with the original’s words since, and exits 0', () => {
		const dir = translatedLadder();
		const run = ladder(dir, 'translations');
		expect(run.status).toBe(0);
		const lines = run.stdout.split('\n');
		expect(lines[0]).toMatch(/^fr \(.*fr\.yaml, translated from v1\): 29 current, 1 stale, 24 missing, 1 orphaned, of 54 fields; role bodies and guides: 1 translated, 3 missing, 0 orphaned$/);
		expect(run.stdout).toContain('  stale: competencies.visual-craft.levels.novice (translated from v1); the original since:\n    Follows the design system[- <script>alert("release")</script>, once-].');
		expect(run.stdout).toContain('  missing: levels.master.label\n');
		expect(run.stdout).toContain('  orphaned: competencies.retired-skill.name: its original is gone; the site never shows it');
		expect(run.stdout).toContain('  missing: the role design-manager\n');
	});

	test('`--format json` gives every field with its state, and the stale one’s changes', () => {
		const dir = translatedLadder();
		const report = JSON.parse(ladder(dir, 'translations', 'fr', '--format', 'json').stdout);
		expect(report.language).toBe('en-GB');
		const [fr] = report.translations;
		expect(fr).toMatchObject({ tag: 'fr', translatedFrom: 'v1', counts: { current: 29, stale: 1, missing: 24, orphaned: 1 } });
		const field = (key: string) => fr.fields.find((f: { key: string }) => f.key === key);
		expect(field('ladder.name')).toEqual({ key: 'ladder.name', state: 'current', original: 'Design Guild Progression', translation: 'Progression de la guilde design', from: 'v1' });
		expect(field('competencies.interaction-design.name')).toMatchObject({ state: 'current', from: 'v1' });
		expect(field('competencies.visual-craft.levels.novice')).toMatchObject({
			state: 'stale',
			then: 'Follows the design system <script>alert("release")</script>, once.',
			original: 'Follows the design system.',
		});
		expect(field('competencies.visual-craft.levels.novice').changes.filter((part: { kind: string }) => part.kind !== 'same').length).toBeGreaterThan(0);
		expect(fr.pages).toContainEqual({ kind: 'role', id: 'design-researcher', state: 'translated', file: join(dir, 'translations', 'fr', 'roles', 'design-researcher.mdx'), translatedFrom: 'v1' });
	});

	test('`--strict` fails while any field is stale, missing or orphaned', () => {
		const dir = translatedLadder();
		expect(ladder(dir, 'translations', '--strict').status).toBe(1);
	});

	test('a language the ladder is not translated into is refused, with the ones it is', () => {
		const run = ladder(translatedLadder(), 'translations', 'de');
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('"de" is not a language the ladder is translated into; it is translated into: fr');
	});

	test('the template holds exactly the missing fields, empty, each with its original above it', () => {
		const dir = translatedLadder();
		const run = ladder(dir, 'translations', 'fr', '--template');
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('  master:\n    # Master\n    label:\n');
		const template = parse(run.stdout);
		const leaves: string[] = [];
		const walk = (node: unknown, path: string[]) => {
			if (node === null) leaves.push(path.join('.'));
			else if (typeof node === 'object') for (const [key, value] of Object.entries(node as object)) walk(value, [...path, key]);
		};
		walk(template, []);
		const missing = JSON.parse(ladder(dir, 'translations', 'fr', '--format', 'json').stdout).translations[0].fields.filter((f: { state: string }) => f.state === 'missing');
		expect(leaves).toEqual(missing.map((f: { key: string }) => f.key));
		expect(template.translatedFrom).toBe('v1');
	});

	test('a template for a new language has every field, and may start its file in the folder, never over one', () => {
		const dir = translatedLadder();
		const before = fingerprint(dir);
		expect(ladder(dir, 'translations', 'fr', '--template', '--out', join(dir, 'translations', 'fr.yaml')).stderr).toContain('exists already');
		expect(ladder(dir, 'translations', 'it', '--template', '--out', join(dir, 'roles', 'it.yaml')).stderr).toContain('inside the ladder');
		expect(fingerprint(dir)).toEqual(before);

		const own = join(dir, 'translations', 'de.yaml');
		const run = ladder(dir, 'translations', 'de', '--template', '--out', own);
		expect(run.status).toBe(0);
		expect(run.stderr).toContain('54 fields to translate; add de to translations in ladder.yaml');
		expect(readFileSync(own, 'utf8')).toContain('# Design Guild Progression\n  name:\n');
	});
});

describe('a language as a workbook', () => {
	/** Exports French, lets `edit` change cells by field, and returns the edited file. */
	async function edited(dir: string, edit: (field: string, row: ExcelJS.Row) => void): Promise<string> {
		const file = join(mkdtempSync(join(tmpdir(), 'translation-workbook-')), 'fr.xlsx');
		expect((await runInProcessAsync(runLadder, ['--content', dir, 'export', '--format', 'xlsx', '--language', 'fr', '--out', file])).status).toBe(0);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.readFile(file);
		workbook.worksheets[0]!.eachRow((row) => edit(String(row.getCell(1).value), row));
		await workbook.xlsx.writeFile(file);
		return file;
	}

	test('holds a row per field: the original beside the translation, its state and release, the original then for a stale one', async () => {
		const dir = translatedLadder();
		const rows: unknown[][] = [];
		await edited(dir, (_, row) => rows.push((row.values as unknown[]).slice(1)));
		expect(rows[0]).toEqual(['field', 'original', 'translation', 'state', 'from', 'original then']);
		expect(rows).toContainEqual(['ladder.name', 'Design Guild Progression', 'Progression de la guilde design', 'current', 'v1']);
		expect(rows).toContainEqual(['levels.master.label', 'Master', undefined, 'missing', 'v1']);
		expect(rows).toContainEqual(['competencies.visual-craft.levels.novice', 'Follows the design system.', 'Suit le système de design, une fois.', 'stale', 'v1', 'Follows the design system <script>alert("release")</script>, once.']);
		expect(rows.length).toBe(1 + 54 + 1);
	});

	test('imported as exported, changes nothing; edited, writes the translation file only, the changed lines only', async () => {
		const dir = translatedLadder();
		const before = fingerprint(dir);
		const file = join(dir, 'translations', 'fr.yaml');
		const text = readFileSync(file, 'utf8');
		expect((await runInProcessAsync(runLadder, ['--content', dir, 'import', await edited(dir, () => {})])).status).toBe(0);
		expect(fingerprint(dir)).toEqual(before);

		const workbook = await edited(dir, (field, row) => {
			if (field === 'levels.master.label') row.getCell(3).value = 'Maître';
			if (field === 'levels.capable.description') row.getCell(3).value = null;
			if (field === 'roles.product-designer.title') row.getCell(3).value = 'Designer produit';
		});
		const run = await runInProcessAsync(runLadder, ['--content', dir, 'import', workbook]);
		expect(run.stdout).toContain(`changed ${join(dir, 'translations', 'fr.yaml')}: levels.capable.description, levels.master.label, roles.product-designer`);
		expect(readFileSync(file, 'utf8')).toBe(
			text
				.replace('  capable: { label: Compétent, description: Travaille en autonomie. }\n', '  capable: { label: Compétent }\n')
				.replace('  master: { description: Fait avancer toute la discipline. }\n', '  master: { description: Fait avancer toute la discipline., label: Maître }\n')
				.replace('      user-research: Mène un programme de découverte continu.\n', '      user-research: Mène un programme de découverte continu.\n  product-designer:\n    title: Designer produit\n'),
		);
		const after = fingerprint(dir);
		expect(Object.keys(after).filter((name) => after[name] !== before[name])).toEqual(['translations/fr.yaml']);
	});

	test('a formula, and an orphan’s row given new words, are refused, and nothing is written', async () => {
		const dir = translatedLadder();
		const before = fingerprint(dir);
		const formula = await edited(dir, (field, row) => {
			if (field === 'levels.master.label') row.getCell(3).value = { formula: 'A1' } as ExcelJS.CellFormulaValue;
		});
		const refused = await runInProcessAsync(runLadder, ['--content', dir, 'import', formula]);
		expect(refused.status).toBe(1);
		expect(refused.stderr).toContain('sheet Translation fr, row 10, column C: is a formula');
		const orphan = await edited(dir, (field, row) => {
			if (field === 'competencies.retired-skill.name') row.getCell(3).value = 'Autre chose';
		});
		expect((await runInProcessAsync(runLadder, ['--content', dir, 'import', orphan])).stderr).toContain('"competencies.retired-skill.name" is not a field of the ladder');
		expect(fingerprint(dir)).toEqual(before);
	});
});

describe('a translation with mistakes', () => {
	const problemsOf = (dir: string) => checked(dir).problems;

	test('an unknown release, a key the format does not have, and an empty field are errors naming file and field', () => {
		const dir = translatedLadder();
		const file = join(dir, 'translations', 'fr.yaml');
		writeFileSync(file, FRENCH.replace('translatedFrom: v1', 'translatedFrom: v9').replace('  name: Progression', '  nmae: Progression').replace('{ label: Accompli }', '{ label: }'));
		expect(problemsOf(dir)).toEqual([
			{ file, field: 'ladder.nmae', message: problems.unknownField() },
			{ file, field: 'levels.accomplished.label', message: problems.emptyValue() },
		]);
		writeFileSync(file, FRENCH.replace('translatedFrom: v1', 'translatedFrom: v9').replace('from: v1', 'from: v0'));
		expect(problemsOf(dir)).toEqual([
			{ file, field: 'translatedFrom', message: translationProblems.unknownRelease('v9', ['v1']) },
			{ file, field: 'competencies.interaction-design.name.from', message: translationProblems.unknownRelease('v0', ['v1']) },
		]);
	});

	test('a ui message the site does not have is an error naming it, with the ones it has', () => {
		const dir = translatedLadder();
		const file = join(dir, 'translations', 'fr.yaml');
		writeFileSync(file, `${FRENCH}ui:\n  translation.missing: À traduire\n  translation.mising: x\n`);
		expect(problemsOf(dir)).toEqual([{ file, field: 'ui.translation.mising', message: translationProblems.unknownMessage('translation.mising') }]);
		expect(translationProblems.unknownMessage('translation.mising')).toContain('did you mean "translation.missing"');
	});

	test('a listed language without its file, the ladder’s own language, and a file for no listed language', () => {
		const dir = translatedLadder();
		const ladderFile = join(dir, 'ladder.yaml');
		writeFileSync(ladderFile, readFileSync(ladderFile, 'utf8').replace('translations: [fr]', 'translations: [de, en-GB]'));
		expect(problemsOf(dir)).toEqual([
			{ file: ladderFile, field: 'translations[1]', message: translationProblems.ownLanguage('en-GB') },
			{ file: join(dir, 'translations', 'fr'), field: WHOLE_FILE, message: translationProblems.unlistedTag('fr') },
			{ file: join(dir, 'translations', 'fr.yaml'), field: WHOLE_FILE, message: translationProblems.unlistedTag('fr') },
			{ file: ladderFile, field: 'translations[0]', message: translationProblems.noFile('de') },
		]);
	});

	test('a language tag that is not one, or not in its canonical form, is an error of ladder.yaml', () => {
		const dir = translatedLadder();
		const ladderFile = join(dir, 'ladder.yaml');
		writeFileSync(ladderFile, readFileSync(ladderFile, 'utf8').replace('language: en-GB', 'language: en-gb').replace('translations: [fr]', 'translations: [fr, not a tag]'));
		const run = ladder(dir, 'validate');
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('language: write the language tag "en-gb" as en-GB');
		expect(run.stderr).toContain('translations[1]: "not a tag" is not a language tag');
	});

	test('a translated body is checked as its original is, and one whose role is gone is an orphan', () => {
		const dir = translatedLadder();
		const pages = join(dir, 'translations', 'fr', 'roles');
		writeFileSync(join(pages, 'design-researcher.mdx'), '---\ntranslatedFrom: v1\n---\n\n<script>alert(1)</script>\n');
		writeFileSync(join(pages, 'retired-role.md'), 'Un rôle retiré.\n');
		writeFileSync(join(dir, 'translations', 'fr', 'notes.md'), 'x');
		const read = checked(dir);
		expect(read.problems.map((problem) => [problem.file.slice(dir.length), problem.message])).toEqual([
			['/translations/fr/notes.md', translationProblems.notPageFile('fr')],
			['/translations/fr/roles/design-researcher.mdx', problems.rawHtml('script')],
		]);
		writeFileSync(join(pages, 'design-researcher.mdx'), 'Apprend.\n');
		expect(checked(dir).warnings.map((warning) => warning.file)).toContain(join(pages, 'retired-role.md'));
	});

	test('the content walk accepts the translations folder, and the build’s check refuses what the check does', () => {
		const dir = translatedLadder();
		expect(existsSync(join(dir, 'translations', 'fr.yaml'))).toBe(true);
		expect(ladder(dir, 'validate').status).toBe(0);
		writeFileSync(join(dir, 'translations', 'fr.yaml'), FRENCH.replace('translatedFrom: v1', 'translatedFrom: v9'));
		expect(ladder(dir, 'validate').status).toBe(1);
	});
});

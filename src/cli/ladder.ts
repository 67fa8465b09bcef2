#!/usr/bin/env node
/**
 * The ladder command line: `npm run ladder -- <command>`, or `ladder <command>` once installed.
 * Errors go to stderr with a non-zero exit; progress goes to stderr so stdout stays clean data.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../model/files/content-dir.ts';
import { exportTarget } from './export-target.ts';
import { ladderToJson } from '../io/ladder-json.ts';
import { loadLadder } from '../model/files/load.ts';
import { release } from './release.ts';
import { ladderToCsv } from '../io/csv-export.ts';
import { formatProblem, LadderError } from '../model/files/problems.ts';
import { importSheet } from './import-sheet.ts';
import { importWorkbook } from './import-workbook.ts';
import type { ImportSummary } from './content-copy.ts';
import { ladderToWorkbook } from '../io/workbook-export.ts';
import { readLadderFiles } from '../model/files/ladder-files.ts';
import { init } from './init.ts';
import { newRole } from './new-role.ts';
import { newTrack } from './new-track.ts';
import { review } from './review.ts';
import { hiring } from './hiring.ts';
import { translations, translationWorkbook } from './translations.ts';
import { importTranslationWorkbook } from './import-translation.ts';
import { translationTag } from '../io/translation-workbook.ts';
import { validate } from './validate.ts';

export const HELP = `Usage: ladder <command> [options]

Commands:
  init [--name "<ladder name>"]  start a ladder in an empty or missing content folder: a scale
                                 of four levels, a track, an area of two competencies, a role
                                 and a guide on editing it
  validate [--verbose]           check the ladder, as npm run check does; --verbose lists every
                                 lint warning, where more than a screenful are summarised by kind
  new role <id> --track <t> --grade <n> [--title "..."]
                                 write a new role file: the competencies of the track's areas,
                                 each at the grade's level where it describes it; --track a,b
                                 for a role the tracks share
  new track <id> [--name "..."] [--areas a,b]
                                 add a track to ladder.yaml, after the others; the rest of the
                                 file stays as it is
  import <file.csv> [--dry-run] [--force]
                                 create or update roles, competencies and expectations from a
                                 sheet in /matrix.csv's format; content/ changes only if the
                                 result is a valid ladder. Names every file and field it changes;
                                 --dry-run only says what it would change; files with uncommitted
                                 edits are refused unless --force
  import <file.xlsx> [--dry-run] [--force]
                                 make the ladder the workbook's (/ladder.xlsx's format): every
                                 key of ladder.yaml, the areas and the roles, bodies too; guides,
                                 images and releases stay as they are. Same rules as a sheet's
  export --format json|csv|xlsx [--out <file>]
                                 write the ladder as /ladder.json, /matrix.csv or /ladder.xlsx
                                 (stdout by default; a workbook needs --out)
  export --format xlsx --language <tag> --out <file>
                                 one language as a workbook for its translator: a row per field,
                                 the original beside the translation, its state and release;
                                 import it back with import <file.xlsx>, which writes
                                 translations/<tag>.yaml only
  review [--format text|json|github|markdown] [--strict]
                                 read the ladder for where it reads badly: abilities rather
                                 than behaviour, trivialising or hedging words, repeats across
                                 levels, steps that add nothing, years of experience, traits,
                                 gendered words, long criteria, and the lint's warnings. Exits 1
                                 on an error, or a warning with --strict (or review: { strict:
                                 true } in ladder.yaml)
  hiring <role-id> [--format markdown|json]
                                 print the role's interview kit: its job ad, interview plan
                                 and scorecard, as the hiring page's download (Markdown) or as
                                 data for an applicant-tracking system (JSON)
  translations [<tag>] [--format text|json] [--strict]
                                 where each translation stands: fields current, stale (with
                                 the original's word diff since the release it was translated
                                 from), missing and orphaned. Exits 0, or 1 with --strict when
                                 any field is not current
  translations <tag> --template [--out <file>]
                                 the fields still to translate into <tag>, each empty with its
                                 original beside it as a comment (stdout by default; never
                                 written over a file)
  release <name> [--date YYYY-MM-DD]
                                 snapshot the ladder as content/releases/<name>.json (a name
                                 such as 2026-h1 or v3; never overwritten), for /changes/

Options:
  --content <dir>                the ladder's folder (default: content, or $LADDER_CONTENT_DIR)
  -h, --help                     show this help
`;

function main(argv: string[]): number | Promise<number> {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			content: { type: 'string' },
			track: { type: 'string' },
			grade: { type: 'string' },
			title: { type: 'string' },
			areas: { type: 'string' },
			name: { type: 'string' },
			format: { type: 'string' },
			out: { type: 'string' },
			date: { type: 'string' },
			verbose: { type: 'boolean' },
			strict: { type: 'boolean' },
			template: { type: 'boolean' },
			language: { type: 'string' },
			'dry-run': { type: 'boolean' },
			force: { type: 'boolean' },
			help: { type: 'boolean', short: 'h' },
		},
	});
	const dir = values.content ?? contentDir();
	const [command, ...rest] = positionals;
	const progress = (message: string) => console.error(`… ${message}`);
	if (values.help) {
		console.log(HELP);
		return 0;
	}
	if (!command) {
		console.error(HELP);
		return 2;
	}
	switch (command) {
		case 'init': {
			const written = init(dir, { name: values.name });
			for (const file of written) console.log(`wrote ${file}`);
			console.log(`A ladder is started in ${dir}: see it with npm start, add a role with npm run ladder -- new role <id> --track engineering --grade 2.`);
			return 0;
		}
		case 'validate':
			return validate(dir, { verbose: values.verbose ?? Boolean(process.env['LADDER_VERBOSE']) });
		case 'new': {
			const [kind, id] = rest;
			if (kind === 'track' && id) {
				console.log(`wrote ${newTrack(dir, { id, name: values.name, areas: values.areas })}: added the track ${id}; add its first role with npm run ladder -- new role <id> --track ${id} --grade 1`);
				return 0;
			}
			if (kind !== 'role' || !id || !values.track || !values.grade) return usage('new role <id> --track <t> --grade <n>, or new track <id> --name "..."');
			const file = newRole(dir, { id, track: values.track, grade: values.grade, title: values.title });
			console.log(`wrote ${file}`);
			return 0;
		}
		case 'import': {
			const [file] = rest;
			if (!file) return usage('import <file.csv|file.xlsx>');
			const dryRun = values['dry-run'];
			const options = { progress, dryRun, force: values.force };
			if (file.toLowerCase().endsWith('.xlsx')) {
				// A language's workbook (one sheet, `Translation <tag>`) writes that translation only.
				return isTranslationWorkbook(file).then((translation) =>
					(translation ? importTranslationWorkbook(dir, file, options) : importWorkbook(dir, file, options)).then((summary) => reportImport(dir, file, summary, dryRun, values.verbose)),
				);
			}
			return reportImport(dir, file, importSheet(dir, file, options), dryRun, values.verbose);
		}
		case 'export': {
			const format = values.format;
			if (format !== 'json' && format !== 'csv' && format !== 'xlsx') return usage('export --format json|csv|xlsx [--out <file>]');
			let target: string | undefined;
			if (values.out) {
				try {
					target = exportTarget(values.out, dir);
				} catch (error) {
					return fail((error as Error).message);
				}
			}
			if (format === 'xlsx') {
				// A workbook is binary: written to a file, never to a terminal.
				if (!target) return fail('a workbook is a file: give --out <file.xlsx>');
				const file = target;
				if (values.language) {
					const language = values.language;
					return translationWorkbook(dir, language).then((bytes) => {
						writeFileSync(file, bytes);
						progress(`wrote ${values.out}: the ladder's fields in ${language}`);
						return 0;
					});
				}
				return ladderToWorkbook(readLadderFiles(dir)).then((bytes) => {
					writeFileSync(file, bytes);
					progress(`wrote ${values.out}`);
					return 0;
				});
			}
			const { ladder } = loadLadder(dir);
			const text = format === 'json' ? `${JSON.stringify(ladderToJson(ladder), null, 2)}\n` : ladderToCsv(ladder);
			if (target) {
				writeFileSync(target, text);
				progress(`wrote ${values.out}`);
			} else process.stdout.write(text);
			return 0;
		}
		case 'review':
			return review(dir, { format: values.format, strict: values.strict });
		case 'hiring': {
			const [roleId] = rest;
			if (!roleId) return usage('hiring <role-id> [--format markdown|json]');
			return hiring(dir, roleId, values.format);
		}
		case 'translations':
			return translations(dir, { tag: rest[0], format: values.format, strict: values.strict, template: values.template, out: values.out });
		case 'release': {
			const [name] = rest;
			if (!name) return usage('release <name> [--date YYYY-MM-DD]');
			console.log(`wrote ${release(dir, name, values.date)}`);
			return 0;
		}
		default:
			console.error(`ladder: unknown command "${command}"\n\n${HELP}`);
			return 2;
	}
}

/** Whether an .xlsx file is one language's workbook rather than the ladder's. */
async function isTranslationWorkbook(file: string): Promise<boolean> {
	return existsSync(file) && (await translationTag(readFileSync(file))) !== undefined;
}

/** What an import changed, a line a file with the first few fields named, and its counts. */
function reportImport(dir: string, file: string, summary: ImportSummary, dryRun: boolean | undefined, verbose: boolean | undefined): number {
	for (const [changed, fields] of summary.changes) {
		// A big sheet changes hundreds of fields in a file: a line a file, the first few named.
		const shown = verbose || fields.length <= FIELDS_SHOWN ? fields.join(', ') : `${fields.slice(0, FIELDS_SHOWN).join(', ')} and ${fields.length - FIELDS_SHOWN} more (--verbose lists them)`;
		console.log(`${dryRun ? 'would change' : 'changed'} ${join(dir, changed)}: ${shown}`);
	}
	const removed = (count: number, what: string) => (count > 0 ? `, ${count} ${what} removed` : '');
	console.log(
		`${dryRun ? 'dry run, nothing written: would import' : 'imported'} ${file}: ` +
			`${counted(summary.rolesCreated, 'role', 'roles')} created, ${summary.rolesUpdated} updated${removed(summary.rolesRemoved, summary.rolesRemoved === 1 ? 'role file' : 'role files')}; ` +
			`${counted(summary.competenciesCreated, 'competency', 'competencies')} created, ${summary.competenciesUpdated} updated${removed(summary.areasRemoved, summary.areasRemoved === 1 ? 'area file' : 'area files')}.`,
	);
	return 0;
}

/** "1 role", "2 roles". */
function counted(count: number, one: string, many: string): string {
	return `${count} ${count === 1 ? one : many}`;
}

/** How many changed fields of one file an import names, unless --verbose. */
const FIELDS_SHOWN = 8;

function fail(message: string): number {
	console.error(`ladder: ${message}`);
	return 1;
}

function usage(form: string): number {
	console.error(`ladder: usage: ladder ${form}\n(ladder --help for every command)`);
	return 2;
}

/**
 * Runs one command and returns its exit code: what the `ladder` command does, callable in-process
 * (the tests call it, rather than paying for a process per command).
 */
export function runLadder(argv: string[]): number | Promise<number> {
	try {
		const result = main(argv);
		// A workbook is read and written asynchronously: its failures are reported the same way.
		return typeof result === 'number' ? result : result.catch(reportFailure);
	} catch (error) {
		return reportFailure(error);
	}
}

function reportFailure(error: unknown): number {
	if (error instanceof LadderError) {
		for (const problem of error.problems) console.error(formatProblem(problem));
		return 1;
	}
	if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
		console.error(`ladder: ${error.message}\n(ladder --help for every command)`);
		return 2;
	}
	// No stack trace for a user: say what failed; LADDER_DEBUG=1 shows where.
	console.error(`ladder: ${error instanceof Error ? error.message : String(error)}`);
	if (process.env['LADDER_DEBUG']) console.error(error);
	return 1;
}

// Run as a command, not when imported.
if (import.meta.main) process.exitCode = await runLadder(process.argv.slice(2));

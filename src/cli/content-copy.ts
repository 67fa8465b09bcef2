/**
 * How a command changes `content/` all or nothing: its changes are written to a copy of the
 * folder, the copy is validated as a whole, and only then swapped in. A refused change, a dry run or
 * an error leaves `content/` byte-identical. Shared by the imports of a sheet and of a workbook.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { contentFileProblems } from '../model/files/content-files.ts';
import { isSymbolicLink } from '../model/files/content-dir.ts';
import { loadLadder } from '../model/files/load.ts';
import { checkedTranslations } from '../translations/read.ts';
import { LadderError, problems, WHOLE_FILE, type Problem } from '../model/files/problems.ts';
import { splitFrontmatter } from '../model/files/read-content.ts';
import { rewriteYaml } from './yaml-in-place.ts';

/**
 * Runs `apply` on a copy of the content folder `dir`, validates the copy, and puts it in place of
 * the folder unless this is a dry run; returns what `apply` says it changed.
 */
export function changeInCopy(dir: string, options: ImportOptions, apply: (copy: string) => ImportSummary): ImportSummary {
	// A content folder that is a symbolic link is updated where it points, and stays a link.
	const real = realpathSync(dir);
	// A link inside the folder would carry a write (even a dry run's, in the copy) into the file it
	// points to; the check refuses it, and so does every command before it writes anything.
	const links = contentFileProblems(real).filter((problem) => isSymbolicLink(problem.file));
	if (links.length > 0) throw new LadderError(links.map((problem) => ({ ...problem, file: problem.file.replace(real, dir) })));
	removeStaleCopies(real);
	const work = mkdtempSync(join(dirname(real), `.${basename(real)}-import-${process.pid}-`));
	try {
		// Links inside the folder stay as written (a relative link would otherwise become absolute).
		cpSync(real, work, { recursive: true, verbatimSymlinks: true });
		// mkdtemp makes the copy private (0700); the swapped-in folder keeps the original's mode.
		chmodSync(work, statSync(real).mode);
		const summary = apply(work);
		options.progress('Validating the imported ladder');
		validateCopy(work, dir);
		if (options.dryRun) return summary;
		refuseUncommittedEdits(dir, real, summary.changes, options.force);
		swapIn(work, real);
		return summary;
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

/**
 * The import works synchronously, so Ctrl-C ends it at once, wherever it is: the content folder is
 * whole either way (the new one is renamed into place right after the old one is renamed away),
 * but the working copy beside it can be left. Copies named after a process that no longer runs are
 * removed by the next import; git ignores them. A kept earlier folder (`-previous`) is never removed:
 * it may be the only copy of the ladder if an import stopped between the two renames.
 */
function removeStaleCopies(dir: string) {
	const prefix = `.${basename(dir)}-import-`;
	for (const name of readdirSync(dirname(dir))) {
		if (!name.startsWith(prefix) || name.endsWith('-previous')) continue;
		const pid = Number(name.slice(prefix.length).split('-')[0]);
		if (!Number.isInteger(pid) || !isRunning(pid)) rmSync(join(dirname(dir), name), { recursive: true, force: true });
	}
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it runs, as another user.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Writes a file, making its folder first: a ladder may have no `roles/` or `competencies/` yet.
 * Never through a symbolic link, which could lead anywhere.
 */
export function writeInFolder(file: string, text: string) {
	mkdirSync(dirname(file), { recursive: true });
	if (isSymbolicLink(file)) throw new LadderError([{ file, field: WHOLE_FILE, message: problems.linkInside(readlinkSync(file)) }]);
	writeFileSync(file, text);
}


export interface ImportOptions {
	progress: (message: string) => void;
	/** Work out and report the changes, and write nothing. */
	dryRun?: boolean | undefined;
	/** Overwrite files that have uncommitted edits. */
	force?: boolean | undefined;
}

/**
 * An import rewrites or removes whole files: one with changes git does not have would lose them
 * for good. A file with edits not yet committed, and one git has never seen (a role just made with
 * `new role`), is refused, named, unless `force`; outside a git work tree there is nothing to
 * compare with. Files are named as the other messages name them: under the folder as given.
 */
function refuseUncommittedEdits(dir: string, real: string, changes: ReadonlyMap<string, string[]>, force: boolean | undefined) {
	if (force || changes.size === 0) return;
	const git = (...args: string[]) => spawnSync('git', args, { cwd: real, encoding: 'utf8' });
	const top = git('rev-parse', '--show-toplevel');
	const status = git('status', '--porcelain', '-z', '--untracked-files=all', '--', ...changes.keys());
	if (top.status !== 0 || status.status !== 0) return;
	// Porcelain paths are relative to the top of the work tree; `-z` keeps them as they are, unquoted.
	const found = status.stdout
		.split('\0')
		.filter((entry) => entry.length > 3 && !entry.startsWith('!!'))
		.map((entry) => ({ untracked: entry.startsWith('??'), file: join(dir, relative(real, join(top.stdout.trim(), entry.slice(3)))) }));
	if (found.length > 0) {
		throw new LadderError(found.map(({ untracked, file }) => ({ file, field: WHOLE_FILE, message: untracked ? problems.untrackedFile() : problems.uncommittedEdits() })));
	}
}

/** Whether two values read from YAML are the same data: the order of a mapping's keys does not count. */
export function sameData(a: unknown, b: unknown): boolean {
	return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(canonical);
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, inner]) => [key, canonical(inner)]));
	return value;
}

/** A role file as read: its frontmatter as a document to edit, and its text, to change in place. */
export interface RoleFileText {
	document: Document;
	body: string;
	text: string;
	yaml: string;
}

/** A role file's frontmatter, as a document to edit, its body, and the text they came from. */
export function readRoleFile(file: string): RoleFileText {
	const text = readFileSync(file, 'utf8');
	const parts = splitFrontmatter(text);
	if (!parts) throw new LadderError([{ file, field: WHOLE_FILE, message: problems.noFrontmatter() }]);
	return { document: parseDocument(parts.yaml), body: parts.body, text, yaml: parts.yaml };
}

/**
 * The role file's text with its frontmatter made to hold the document's data, changed in place
 * (`yaml-in-place.ts`), and `body` after it: every other byte, the `---` lines included, as it was.
 */
export function rewriteRoleFile(read: RoleFileText, body: string): string {
	const open = /^\uFEFF?---\r?\n/.exec(read.text)![0].length;
	const rewritten = rewriteYaml(read.yaml ? `${read.yaml}\n` : '', read.document.toJSON());
	const closing = read.text.slice(open + read.yaml.length, read.text.length - read.body.length);
	return read.text.slice(0, open) + (read.yaml ? rewritten.replace(/\n$/, '') : rewritten) + closing + body;
}

/** A YAML file's text made to hold the document's data, changed in place. */
export function rewriteYamlFile(original: string, document: Document): string {
	return rewriteYaml(original, document.toJSON());
}

// No folding of long lines, no padding inside [ ]: what an author would write by hand.
export const YAML_OUTPUT = { lineWidth: 0, flowCollectionPadding: false } as const;

/** Validates the edited copy; problems are reported against the real folder's file names. */
function validateCopy(copy: string, dir: string) {
	try {
		const { ladder, guides } = loadLadder(copy);
		// The translations too: an import that wrote one, or a key of ladder.yaml they depend on.
		const { problems } = checkedTranslations(copy, ladder, guides);
		if (problems.length > 0) throw new LadderError(problems);
	} catch (error) {
		if (!(error instanceof LadderError)) throw error;
		const rename = (problem: Problem): Problem => ({ ...problem, file: problem.file.replace(copy, dir) });
		throw new LadderError(error.problems.map(rename));
	}
}

/** Puts the validated copy in place of the content folder, keeping the old one until it is. */
function swapIn(copy: string, dir: string) {
	const previous = `${copy}-previous`;
	renameSync(dir, previous);
	try {
		renameSync(copy, dir);
	} catch (error) {
		renameSync(previous, dir);
		throw error;
	}
	rmSync(previous, { recursive: true, force: true });
}

/** A summary with nothing counted yet. */
export function emptySummary(): ImportSummary {
	return { rolesCreated: 0, rolesUpdated: 0, rolesRemoved: 0, competenciesCreated: 0, competenciesUpdated: 0, areasRemoved: 0, changes: new Map() };
}

export interface ImportSummary {
	rolesCreated: number;
	rolesUpdated: number;
	competenciesCreated: number;
	competenciesUpdated: number;
	/** Role and area files the import removes, because the workbook no longer has them. */
	rolesRemoved: number;
	areasRemoved: number;
	/** Each file the import changes (relative to the content folder), with the fields it changes. */
	changes: Map<string, string[]>;
}

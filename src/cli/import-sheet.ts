/**
 * `ladder import <file.csv>`: creates or updates roles, competencies and expectations from a sheet
 * in `/matrix.csv`'s format. All changes are written to a copy of the content folder, the copy is
 * validated as a whole, and only then swapped in: a refused import leaves `content/` untouched.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { Document, isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { loadLadder } from '../model/files/load.ts';
import { parseMatrixCsv, type Sheet, type SheetCompetency, type SheetContext, type SheetRole } from '../io/csv-import.ts';
import { LadderError, problems, WHOLE_FILE, type Problem } from '../model/files/problems.ts';
import { readContent, splitFrontmatter } from '../model/files/read-content.ts';
import { validateLadder } from '../model/files/validate.ts';
import { sheetProblems } from '../io/sheet-problems.ts';

/** Imports `csvFile` into the ladder in `dir`; returns what changed, or throws a `LadderError`. */
export function importSheet(dir: string, csvFile: string, options: ImportOptions): ImportSummary {
	const { progress } = options;
	// A content folder that is a symbolic link is updated where it points, and stays a link.
	const real = realpathSync(dir);
	// A sheet is read against the scale, tracks and areas of the ladder it goes into: those must be
	// valid first. Problems with roles are the import's to fix, or the final validation's to report.
	refuseBrokenBase(real);
	progress(`Reading ${csvFile}`);
	const layout = contentFiles(real);
	const { sheet, problems: sheetErrors } = parseMatrixCsv(readCsv(csvFile), csvFile, layout.context);
	if (!sheet) throw new LadderError(sheetErrors);
	progress(`Read ${sheet.roles.length} roles and ${sheet.competencies.length} competencies`);

	removeStaleCopies(real);
	const work = mkdtempSync(join(dirname(real), `.${basename(real)}-import-${process.pid}-`));
	try {
		// Links inside the folder stay as written (a relative link would otherwise become absolute).
		cpSync(real, work, { recursive: true, verbatimSymlinks: true });
		// mkdtemp makes the copy private (0700); the swapped-in folder keeps the original's mode.
		chmodSync(work, statSync(real).mode);
		const summary = applySheet(work, sheet, layout, progress);
		progress('Validating the imported ladder');
		validateCopy(work, dir);
		if (options.dryRun) return summary;
		refuseUncommittedEdits(real, summary.changes, options.force);
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
 * Refuses to import into a ladder whose scale, tracks or areas are broken: the sheet is read against
 * them. Its roles may be broken (the sheet may fix them), and it may have no role or area yet: the
 * sheet creates them, so a ladder of only `ladder.yaml` can be filled from a sheet.
 */
function refuseBrokenBase(dir: string) {
	const { source, problems: readProblems } = readContent(dir);
	const rolesFolder = join(dir, 'roles');
	const noAreasYet = problems.noCompetencies();
	const blocking = [...readProblems, ...validateLadder(source, { rolesOptional: true }).problems].filter(
		(problem) => !problem.file.startsWith(rolesFolder) && problem.message !== noAreasYet,
	);
	if (blocking.length > 0) throw new LadderError(blocking);
}

/** Writes a file, making its folder first: a ladder may have no `roles/` or `competencies/` yet. */
function writeInFolder(file: string, text: string) {
	mkdirSync(dirname(file), { recursive: true });
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
 * Reads the sheet's bytes as UTF-8, refusing anything else: Excel's plain "CSV" on Western
 * Windows is Windows-1252, whose accents would otherwise become U+FFFD in the ladder.
 */
function readCsv(file: string): string {
	if (!existsSync(file)) throw new LadderError([{ file, field: WHOLE_FILE, message: problems.missingFile() }]);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
	} catch {
		throw new LadderError([{ file, field: WHOLE_FILE, message: sheetProblems.notUtf8() }]);
	}
}

/**
 * The ladder's files as they are named on disk (an area may be `.yml`, a role `.md`), and what the
 * sheet is checked against: the scale, tracks and areas of the ladder being imported into.
 */
function contentFiles(dir: string): ContentFiles {
	const { source } = readContent(dir);
	const ladder = (source.ladder.data ?? {}) as { levels?: { id: string; label: string }[]; tracks?: { id: string; areas?: string[] }[] };
	const relativeName = (file: string) => relative(dir, file);
	return {
		areaFiles: new Map(source.areas.map((area) => [area.id, relativeName(area.file)])),
		roleFiles: new Map(source.roles.map((role) => [role.id, relativeName(role.file)])),
		trackAreas: new Map((ladder.tracks ?? []).flatMap((track) => (track.areas ? [[track.id, track.areas]] : []))),
		context: {
			levels: (ladder.levels ?? []).map(({ id, label }) => ({ id, label })),
			trackIds: (ladder.tracks ?? []).map((track) => track.id),
			areas: source.areas.map((area) => ({ id: area.id, name: String((area.data as { name?: unknown } | null)?.name ?? area.id) })),
		},
	};
}

interface ContentFiles {
	/** Area id → its file, relative to the content folder. */
	areaFiles: ReadonlyMap<string, string>;
	/** Role id → its file, relative to the content folder. */
	roleFiles: ReadonlyMap<string, string>;
	/** Track id → the areas that apply to its roles, for tracks that name them (else all do). */
	trackAreas: ReadonlyMap<string, readonly string[]>;
	context: SheetContext;
}

function applySheet(dir: string, sheet: Sheet, layout: ContentFiles, progress: (message: string) => void): ImportSummary {
	const summary: ImportSummary = { rolesCreated: 0, rolesUpdated: 0, competenciesCreated: 0, competenciesUpdated: 0, changes: new Map() };
	const changed = (file: string, field: string) => summary.changes.set(file, [...(summary.changes.get(file) ?? []), field]);
	// Each area file is read and written once, however many of its competencies the sheet has.
	const byArea = Map.groupBy(sheet.competencies, (competency) => competency.areaId);
	let done = 0;
	for (const [areaId, competencies] of byArea) {
		const name = layout.areaFiles.get(areaId) ?? join('competencies', `${areaId}.yaml`);
		const file = join(dir, name);
		// An area the sheet names that the ladder lacks is created, in block style a person can edit.
		const created = !existsSync(file);
		const document = created ? new Document({ name: competencies[0]!.areaName ?? areaId, competencies: [] }) : parseDocument(readFileSync(file, 'utf8'));
		if (created) changed(name, '(new area)');
		const list = document.get('competencies');
		const byId = new Map((isSeq(list) ? list.items.filter(isMap) : []).map((item) => [item.get('id'), item]));
		for (const competency of competencies) {
			const existing = byId.get(competency.id);
			const fields = {
				id: competency.id,
				name: competency.name,
				...(competency.description ? { description: competency.description } : {}),
				levels: competency.descriptors,
			};
			if (existing) {
				// A description the sheet leaves empty is removed, as the descriptors of levels it leaves out.
				if (!competency.description && existing.has('description')) {
					existing.delete('description');
					changed(name, `${competency.id}.description`);
				}
				const updated = Object.entries(fields).filter(([key, value]) => setIfChanged(document, existing, key, value));
				if (updated.length > 0) summary.competenciesUpdated++;
				for (const [key] of updated) changed(name, `${competency.id}.${key}`);
			} else {
				document.addIn(['competencies'], document.createNode(fields));
				summary.competenciesCreated++;
				changed(name, `${competency.id} (new)`);
			}
			if (++done % 200 === 0) progress(`Applied ${done} of ${sheet.competencies.length} competencies`);
		}
		if (summary.changes.has(name)) writeInFolder(file, document.toString(YAML_OUTPUT));
	}
	sheet.roles.forEach((role, index) => {
		const name = layout.roleFiles.get(role.id) ?? join('roles', `${role.id}.mdx`);
		const file = join(dir, name);
		const created = !existsSync(file);
		const { document, body } = created ? { document: new Document({}), body: '\n' } : readRoleFile(file);
		const root = document.contents as YAMLMap;
		const fields = [
			setIfChanged(document, root, 'title', role.title) && 'title',
			setIfChanged(document, root, 'track', role.track) && 'track',
			setIfChanged(document, root, 'grade', role.grade) && 'grade',
			setIfChanged(document, root, 'summary', role.summary) && 'summary',
			...setExpectations(document, role, sheet, layout.trackAreas.get(role.track)).map((id) => `expectations.${id}`),
		].filter((field): field is string => Boolean(field));
		// A file is rewritten only when something in it changed: untouched files keep every byte.
		if (created || fields.length > 0) {
			writeInFolder(file, `---\n${document.toString(YAML_OUTPUT)}---\n${body}`);
			summary[created ? 'rolesCreated' : 'rolesUpdated']++;
			for (const field of created ? ['(new role)'] : fields) changed(name, field);
		}
		if ((index + 1) % 50 === 0) progress(`Wrote ${index + 1} of ${sheet.roles.length} roles`);
	});
	progress(`Wrote ${sheet.roles.length} roles and ${sheet.competencies.length} competencies`);
	return summary;
}

/**
 * An import rewrites whole files: one with edits not yet committed would lose them. Refused,
 * naming the files, unless `force`; outside a git work tree there is nothing to compare with.
 */
function refuseUncommittedEdits(dir: string, changes: ReadonlyMap<string, string[]>, force: boolean | undefined) {
	if (force || changes.size === 0) return;
	const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
	const top = git('rev-parse', '--show-toplevel');
	const status = git('status', '--porcelain', '--', ...changes.keys());
	if (top.status !== 0 || status.status !== 0) return;
	// Porcelain paths are relative to the top of the work tree; untracked files (??) have no history to lose.
	const edited = status.stdout
		.split('\n')
		.filter((line) => line.trim() && !line.startsWith('??'))
		.map((line) => join(top.stdout.trim(), line.slice(3)));
	if (edited.length > 0) {
		throw new LadderError(edited.map((file) => ({ file, field: WHOLE_FILE, message: problems.uncommittedEdits() })));
	}
}

/**
 * Sets a role's expectations of the sheet's competencies to the sheet's levels and notes, keeping
 * every expectation of a competency the sheet does not list, and a note where the sheet's cell has
 * none (a sheet exported before cells carried notes).
 *
 * Writes the role's expectations from the sheet. A role written by `baseline` keeps it: a level the
 * baseline already gives is not written out again, so the role file stays as short as its author
 * made it. (A sheet cannot take away what a baseline gives: an empty cell there is left as it is.)
 */
function setExpectations(document: Document, role: SheetRole, sheet: Sheet, trackAreas: readonly string[] | undefined): string[] {
	const current = document.get('expectations');
	const expectations = (isMap(current) ? current : document.createNode({})) as YAMLMap;
	const baseline = document.get('baseline');
	const fromBaseline = (competency: SheetCompetency) =>
		typeof baseline === 'string' && (!trackAreas || trackAreas.includes(competency.areaId)) && Object.hasOwn(competency.descriptors, baseline) ? baseline : undefined;
	const changed: string[] = [];
	for (const competency of sheet.competencies) {
		const level = Object.hasOwn(competency.levels, role.id) ? competency.levels[role.id] : undefined;
		const note = Object.hasOwn(competency.notes, role.id) ? competency.notes[role.id] : undefined;
		const existing = expectations.get(competency.id);
		if (existing === undefined && level !== undefined && !note && level === fromBaseline(competency)) continue;
		if (!level) {
			if (expectations.delete(competency.id)) changed.push(competency.id);
		} else if (isMap(existing)) {
			const levelChanged = setIfChanged(document, existing, 'level', level);
			if ((note !== undefined && setIfChanged(document, existing, 'note', note)) || levelChanged) changed.push(competency.id);
		} else if (note !== undefined) {
			expectations.set(competency.id, document.createNode({ level, note }));
			changed.push(competency.id);
		} else if (existing !== level) {
			expectations.set(competency.id, level);
			changed.push(competency.id);
		}
	}
	if (!isMap(current) && (changed.length > 0 || !baseline)) document.set('expectations', expectations);
	return changed;
}

/**
 * Sets a value only when it differs, so untouched values keep the author's formatting; `undefined`
 * removes the key. Says whether anything changed.
 */
function setIfChanged(document: Document, map: YAMLMap, key: string, value: unknown): boolean {
	const current = map.get(key, true);
	const currentValue = current && typeof current === 'object' && 'toJSON' in current ? (current as { toJSON: () => unknown }).toJSON() : current;
	if (JSON.stringify(currentValue) === JSON.stringify(value)) return false;
	if (value === undefined) map.delete(key);
	else map.set(key, document.createNode(value));
	return true;
}

// No folding of long lines, no padding inside [ ]: what an author would write by hand.
const YAML_OUTPUT = { lineWidth: 0, flowCollectionPadding: false } as const;

function readRoleFile(file: string): { document: Document; body: string } {
	const parts = splitFrontmatter(readFileSync(file, 'utf8'));
	if (!parts) throw new LadderError([{ file, field: WHOLE_FILE, message: problems.noFrontmatter() }]);
	return { document: parseDocument(parts.yaml), body: parts.body };
}

/** Validates the edited copy; problems are reported against the real folder's file names. */
function validateCopy(copy: string, dir: string) {
	try {
		loadLadder(copy);
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

export interface ImportSummary {
	rolesCreated: number;
	rolesUpdated: number;
	competenciesCreated: number;
	competenciesUpdated: number;
	/** Each file the import changes (relative to the content folder), with the fields it changes. */
	changes: Map<string, string[]>;
}

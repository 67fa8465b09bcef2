/**
 * `ladder import <file.csv>`: creates or updates roles, competencies and expectations from a sheet
 * in `/matrix.csv`'s format. All changes are written to a copy of the content folder, the copy is
 * validated as a whole, and only then swapped in: a refused import leaves `content/` untouched.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Document, isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { loadLadder } from '../model/load.ts';
import { parseMatrixCsv, type Sheet, type SheetContext } from '../io/csv-import.ts';
import { LadderError, problems, WHOLE_FILE, type Problem } from '../model/problems.ts';
import { readContent, splitFrontmatter } from '../model/read-content.ts';

/** Imports `csvFile` into the ladder in `dir`; returns what changed, or throws a `LadderError`. */
export function importSheet(dir: string, csvFile: string, progress: (message: string) => void): ImportSummary {
	progress(`Reading ${csvFile}`);
	const { sheet, problems: sheetErrors } = parseMatrixCsv(readCsv(csvFile), csvFile, sheetContext(dir));
	if (!sheet) throw new LadderError(sheetErrors);
	progress(`Read ${sheet.roles.length} roles and ${sheet.competencies.length} competencies`);

	const work = mkdtempSync(join(dirname(dir), `.${basename(dir)}-import-`));
	try {
		cpSync(dir, work, { recursive: true });
		const summary = applySheet(work, sheet, progress);
		progress('Validating the imported ladder');
		validateCopy(work, dir);
		swapIn(work, dir);
		return summary;
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

function readCsv(file: string): string {
	if (!existsSync(file)) throw new LadderError([{ file, field: WHOLE_FILE, message: problems.missingFile() }]);
	return readFileSync(file, 'utf8');
}

/** What the sheet is checked against: the scale, tracks and areas of the ladder being imported into. */
function sheetContext(dir: string): SheetContext {
	const { source } = readContent(dir);
	const ladder = (source.ladder.data ?? {}) as { levels?: { id: string; label: string }[]; tracks?: { id: string }[] };
	return {
		levels: (ladder.levels ?? []).map(({ id, label }) => ({ id, label })),
		trackIds: (ladder.tracks ?? []).map((track) => track.id),
		areas: source.areas.map((area) => ({ id: area.id, name: String((area.data as { name?: unknown } | null)?.name ?? area.id) })),
	};
}

function applySheet(dir: string, sheet: Sheet, progress: (message: string) => void): ImportSummary {
	const summary: ImportSummary = { rolesCreated: 0, rolesUpdated: 0, competenciesCreated: 0, competenciesUpdated: 0 };
	for (const competency of sheet.competencies) {
		const file = join(dir, 'competencies', `${competency.areaId}.yaml`);
		const document = parseDocument(readFileSync(file, 'utf8'));
		const list = document.get('competencies');
		const items = isSeq(list) ? list.items.filter(isMap) : [];
		const existing = items.find((item) => item.get('id') === competency.id);
		const fields = { id: competency.id, name: competency.name, description: competency.description, levels: competency.descriptors };
		let changed = true;
		if (existing) {
			changed = Object.entries(fields).map(([key, value]) => setIfChanged(document, existing, key, value)).some(Boolean);
			if (changed) summary.competenciesUpdated++;
		} else {
			document.addIn(['competencies'], document.createNode(fields));
			summary.competenciesCreated++;
		}
		if (changed) writeFileSync(file, document.toString(YAML_OUTPUT));
	}
	sheet.roles.forEach((role, index) => {
		const file = join(dir, 'roles', `${role.id}.mdx`);
		const created = !existsSync(file);
		const { document, body } = created ? { document: new Document({}), body: '\n' } : readRoleFile(file);
		const root = document.contents as YAMLMap;
		const changed = [
			setIfChanged(document, root, 'title', role.title),
			setIfChanged(document, root, 'track', role.track),
			setIfChanged(document, root, 'grade', role.grade),
			setIfChanged(document, root, 'summary', role.summary),
			setExpectations(document, role.id, sheet),
		].some(Boolean);
		// A file is rewritten only when something in it changed: untouched files keep every byte.
		if (created || changed) {
			writeFileSync(file, `---\n${document.toString(YAML_OUTPUT)}---\n${body}`);
			summary[created ? 'rolesCreated' : 'rolesUpdated']++;
		}
		if ((index + 1) % 50 === 0) progress(`Wrote ${index + 1} of ${sheet.roles.length} roles`);
	});
	progress(`Wrote ${sheet.roles.length} roles and ${sheet.competencies.length} competencies`);
	return summary;
}

/**
 * Sets a role's expectations of the sheet's competencies to the sheet's levels, keeping each note
 * and every expectation of a competency the sheet does not list.
 */
function setExpectations(document: Document, roleId: string, sheet: Sheet): boolean {
	const current = document.get('expectations');
	const expectations = (isMap(current) ? current : document.createNode({})) as YAMLMap;
	let changed = false;
	for (const competency of sheet.competencies) {
		const level = Object.hasOwn(competency.levels, roleId) ? competency.levels[roleId] : undefined;
		const existing = expectations.get(competency.id);
		if (!level) changed = expectations.delete(competency.id) || changed;
		else if (isMap(existing)) changed = setIfChanged(document, existing, 'level', level) || changed;
		else if (existing !== level) {
			expectations.set(competency.id, level);
			changed = true;
		}
	}
	if (!isMap(current)) document.set('expectations', expectations);
	return changed;
}

/** Sets a value only when it differs, so untouched values keep the author's formatting. */
function setIfChanged(document: Document, map: YAMLMap, key: string, value: unknown): boolean {
	const current = map.get(key, true);
	const currentValue = current && typeof current === 'object' && 'toJSON' in current ? (current as { toJSON: () => unknown }).toJSON() : current;
	if (JSON.stringify(currentValue) === JSON.stringify(value)) return false;
	map.set(key, document.createNode(value));
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
}

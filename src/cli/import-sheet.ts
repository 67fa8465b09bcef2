/**
 * `ladder import <file.csv>`: creates or updates roles, competencies and expectations from a sheet
 * in `/matrix.csv`'s format, all or nothing (`content-copy.ts`).
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Document, isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { changeInCopy, emptySummary, rewriteRoleFile, rewriteYamlFile, readRoleFile, setIfChanged, writeInFolder, YAML_OUTPUT, type ImportOptions, type ImportSummary } from './content-copy.ts';
import { parseMatrixCsv, type Sheet, type SheetCompetency, type SheetContext, type SheetRole } from '../io/csv-import.ts';
import { LadderError, problems, WHOLE_FILE } from '../model/files/problems.ts';
import { CONTENT_LAYOUT, readContent } from '../model/files/read-content.ts';
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

	return changeInCopy(dir, options, (work) => applySheet(work, sheet, layout, progress));
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
	const summary = emptySummary();
	const changed = (file: string, field: string) => summary.changes.set(file, [...(summary.changes.get(file) ?? []), field]);
	// Each area file is read and written once, however many of its competencies the sheet has.
	const byArea = Map.groupBy(sheet.competencies, (competency) => competency.areaId);
	let done = 0;
	for (const [areaId, competencies] of byArea) {
		const name = layout.areaFiles.get(areaId) ?? join('competencies', `${areaId}.yaml`);
		const file = join(dir, name);
		// An area the sheet names that the ladder lacks is created, in block style a person can edit.
		const created = !existsSync(file);
		const original = created ? '' : readFileSync(file, 'utf8');
		const document = created ? new Document({ name: competencies[0]!.areaName ?? areaId, competencies: [] }) : parseDocument(original);
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
				...(competency.labels && Object.keys(competency.labels).length > 0 ? { labels: competency.labels } : {}),
			};
			if (existing) {
				// A description the sheet leaves empty is removed, as the descriptors of levels it leaves out.
				if (!competency.description && existing.has('description')) {
					existing.delete('description');
					changed(name, `${competency.id}.description`);
				}
				// So are level names, where the sheet has their column.
				if (competency.labels && Object.keys(competency.labels).length === 0 && existing.has('labels')) {
					existing.delete('labels');
					changed(name, `${competency.id}.labels`);
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
		if (summary.changes.has(name)) writeInFolder(file, created ? document.toString(YAML_OUTPUT) : rewriteYamlFile(original, document));
	}
	if (sheet.trackLevelLabels) setTrackNames(dir, sheet.trackLevelLabels, changed);
	sheet.roles.forEach((role, index) => {
		const name = layout.roleFiles.get(role.id) ?? join('roles', `${role.id}.mdx`);
		const file = join(dir, name);
		const created = !existsSync(file);
		const read = created ? undefined : readRoleFile(file);
		const { document, body } = read ?? { document: new Document({}), body: '\n' };
		const root = document.contents as YAMLMap;
		const fields = [
			setIfChanged(document, root, 'title', role.title) && 'title',
			// One track is `track`; several, a shared role's `tracks`. Whichever is not written goes.
			setIfChanged(document, root, 'track', role.tracks.length === 1 ? role.tracks[0] : undefined) && 'track',
			setIfChanged(document, root, 'tracks', role.tracks.length > 1 ? role.tracks : undefined) && 'tracks',
			setIfChanged(document, root, 'grade', role.grade) && 'grade',
			setIfChanged(document, root, 'summary', role.summary) && 'summary',
			...setExpectations(document, role, sheet, areasOf(layout, role.tracks)).map((id) => `expectations.${id}`),
		].filter((field): field is string => Boolean(field));
		// A file is rewritten only when something in it changed: untouched files keep every byte.
		if (created || fields.length > 0) {
			writeInFolder(file, read ? rewriteRoleFile(read, body) : `---\n${document.toString(YAML_OUTPUT)}---\n${body}`);
			summary[created ? 'rolesCreated' : 'rolesUpdated']++;
			for (const field of created ? ['(new role)'] : fields) changed(name, field);
		}
		if ((index + 1) % 50 === 0) progress(`Wrote ${index + 1} of ${sheet.roles.length} roles`);
	});
	progress(`Wrote ${sheet.roles.length} roles and ${sheet.competencies.length} competencies`);
	return summary;
}

/** The areas that apply to roles of these tracks: undefined (all) where one of them names none. */
function areasOf(layout: ContentFiles, tracks: readonly string[]): readonly string[] | undefined {
	const named = tracks.map((track) => layout.trackAreas.get(track));
	return named.some((areas) => areas === undefined) ? undefined : [...new Set(named.flatMap((areas) => areas ?? []))];
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

/** Sets each track's names for levels in `ladder.yaml`, as the sheet's row gives them; an empty row removes them. */
function setTrackNames(dir: string, names: ReadonlyMap<string, Record<string, string>>, changed: (file: string, field: string) => void) {
	const name = CONTENT_LAYOUT.ladder;
	const original = readFileSync(join(dir, name), 'utf8');
	const document = parseDocument(original);
	const tracks = document.get('tracks');
	let any = false;
	for (const track of isSeq(tracks) ? tracks.items.filter(isMap) : []) {
		const id = String(track.get('id'));
		if (!names.has(id)) continue;
		const value = names.get(id)!;
		if (setIfChanged(document, track, 'levelLabels', Object.keys(value).length > 0 ? value : undefined)) {
			changed(name, `tracks.${id}.levelLabels`);
			any = true;
		}
	}
	if (any) writeInFolder(join(dir, name), rewriteYamlFile(original, document));
}

/**
 * `ladder import <file.csv>`: creates or updates roles, competencies and expectations from a sheet
 * in `/matrix.csv`'s format, all or nothing (`content-copy.ts`).
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative } from 'node:path';
import { changeInCopy, emptySummary, sameData, type ImportOptions, type ImportSummary } from './content-copy.ts';
import { readRoleData, readYamlData, writeRoleData, writeYamlData } from './write-files.ts';
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

/**
 * What the sheet means for each file it touches, written by the one writer of imports
 * (`write-files.ts`): a file's data as it is, with the sheet's values in their place.
 */
function applySheet(dir: string, sheet: Sheet, layout: ContentFiles, progress: (message: string) => void): ImportSummary {
	const summary = emptySummary();
	const changed = (file: string, fields: readonly string[]) => fields.length > 0 && summary.changes.set(file, [...(summary.changes.get(file) ?? []), ...fields]);
	// Each area file is read and written once, however many of its competencies the sheet has.
	const byArea = Map.groupBy(sheet.competencies, (competency) => competency.areaId);
	let done = 0;
	for (const [areaId, competencies] of byArea) {
		const name = layout.areaFiles.get(areaId) ?? join('competencies', `${areaId}.yaml`);
		const file = join(dir, name);
		// An area the sheet names that the ladder lacks is created, in block style a person can edit.
		const current = readYamlData(file);
		const list = Array.isArray(current?.['competencies']) ? (current['competencies'] as Record<string, unknown>[]) : [];
		const target = [...list];
		// By id, once: looking each up in the list would grow with the square of a big sheet.
		const at = new Map(list.map((item, index) => [item?.['id'], index]));
		const created = new Set<string>();
		for (const competency of competencies) {
			const index = at.get(competency.id);
			const existing = index === undefined ? undefined : target[index];
			const merged = sheetCompetency(existing, competency);
			if (index === undefined) {
				at.set(competency.id, target.push(merged) - 1);
				created.add(competency.id);
				summary.competenciesCreated++;
			} else {
				target[index] = merged;
				if (!sameData(existing, merged)) summary.competenciesUpdated++;
			}
			if (++done % 200 === 0) progress(`Applied ${done} of ${sheet.competencies.length} competencies`);
		}
		const fields = writeYamlData(file, { ...(current ?? { name: competencies[0]!.areaName ?? areaId }), competencies: target });
		// The writer names an added competency by its id; a new area's fields are its competencies, each new.
		const isNew = (id: string) => `${id} (new)`;
		changed(name, fields[0] === '(new file)' ? ['(new area)', ...[...created].map(isNew)] : fields.map((field) => (created.has(field) ? isNew(field) : field)));
	}
	if (sheet.trackLevelLabels) changed(CONTENT_LAYOUT.ladder, setTrackNames(dir, sheet.trackLevelLabels));
	sheet.roles.forEach((role, index) => {
		const name = layout.roleFiles.get(role.id) ?? join('roles', `${role.id}.mdx`);
		const file = join(dir, name);
		const current = readRoleData(file)?.data ?? {};
		const tracks = role.tracks.length > 1 ? role.tracks : undefined;
		const target: Record<string, unknown> = {
			...current,
			title: role.title,
			// One track is `track`; several, a shared role's `tracks`. Whichever is not written goes.
			track: tracks ? undefined : role.tracks[0],
			tracks,
			grade: role.grade,
			summary: role.summary,
			expectations: sheetExpectations(current, role, sheet, areasOf(layout, role.tracks)),
		};
		for (const key of Object.keys(target)) if (target[key] === undefined) delete target[key];
		const fields = writeRoleData(file, target);
		if (fields.length > 0) {
			summary[fields[0] === '(new role)' ? 'rolesCreated' : 'rolesUpdated']++;
			changed(name, fields);
		}
		if ((index + 1) % 50 === 0) progress(`Wrote ${index + 1} of ${sheet.roles.length} roles`);
	});
	progress(`Wrote ${sheet.roles.length} roles and ${sheet.competencies.length} competencies`);
	return summary;
}

/**
 * A competency as the sheet gives it, over what its file has: a description the sheet leaves empty
 * is removed, as the descriptors of levels it leaves out; so are level names, where the sheet has
 * their column. Everything the sheet does not carry (questions, comments) stays.
 */
function sheetCompetency(existing: Record<string, unknown> | undefined, competency: SheetCompetency): Record<string, unknown> {
	const merged: Record<string, unknown> = {
		...(existing ?? {}),
		id: competency.id,
		name: competency.name,
		description: competency.description || undefined,
		levels: competency.descriptors,
	};
	if (competency.labels) merged['labels'] = Object.keys(competency.labels).length > 0 ? competency.labels : undefined;
	for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
	return merged;
}

/** The areas that apply to roles of these tracks: undefined (all) where one of them names none. */
function areasOf(layout: ContentFiles, tracks: readonly string[]): readonly string[] | undefined {
	const named = tracks.map((track) => layout.trackAreas.get(track));
	return named.some((areas) => areas === undefined) ? undefined : [...new Set(named.flatMap((areas) => areas ?? []))];
}

/**
 * A role's expectations of the sheet's competencies at the sheet's levels and notes, keeping every
 * expectation of a competency the sheet does not list, and a note where the sheet's cell has none
 * (a sheet exported before cells carried notes). A role written by `baseline` keeps it: a level the
 * baseline already gives is not written out again, so the role file stays as short as its author
 * made it. (A sheet cannot take away what a baseline gives: an empty cell there is left as it is.)
 * `undefined` where the role has none and needs none.
 */
function sheetExpectations(role: Record<string, unknown>, sheetRole: SheetRole, sheet: Sheet, trackAreas: readonly string[] | undefined): Record<string, unknown> | undefined {
	const current = role['expectations'];
	const had = Boolean(current) && typeof current === 'object' && !Array.isArray(current);
	const expectations: Record<string, unknown> = had ? { ...(current as Record<string, unknown>) } : {};
	const baseline = role['baseline'];
	const fromBaseline = (competency: SheetCompetency) =>
		typeof baseline === 'string' && (!trackAreas || trackAreas.includes(competency.areaId)) && Object.hasOwn(competency.descriptors, baseline) ? baseline : undefined;
	let changed = false;
	for (const competency of sheet.competencies) {
		const level = Object.hasOwn(competency.levels, sheetRole.id) ? competency.levels[sheetRole.id] : undefined;
		const note = Object.hasOwn(competency.notes, sheetRole.id) ? competency.notes[sheetRole.id] : undefined;
		const existing = Object.hasOwn(expectations, competency.id) ? expectations[competency.id] : undefined;
		if (existing === undefined && level !== undefined && !note && level === fromBaseline(competency)) continue;
		const next = !level ? undefined : existing && typeof existing === 'object' ? { ...existing, level, ...(note !== undefined ? { note } : {}) } : note !== undefined ? { level, note } : level;
		if (!sameData(existing, next)) changed = true;
		if (next === undefined) delete expectations[competency.id];
		else expectations[competency.id] = next;
	}
	return had || changed || !baseline ? expectations : undefined;
}

/** Each track's names for levels in `ladder.yaml`, as the sheet's row gives them; an empty row removes them. Returns the fields changed. */
function setTrackNames(dir: string, names: ReadonlyMap<string, Record<string, string>>): string[] {
	const file = join(dir, CONTENT_LAYOUT.ladder);
	const ladder = readYamlData(file) ?? {};
	const tracks = Array.isArray(ladder['tracks']) ? (ladder['tracks'] as Record<string, unknown>[]) : [];
	const target = tracks.map((track) => {
		const value = names.get(String(track['id']));
		if (!value) return track;
		const { levelLabels: _, ...rest } = track;
		return Object.keys(value).length > 0 ? { ...rest, levelLabels: value } : rest;
	});
	// Named as the check names a track's field: `tracks.<id>.levelLabels`.
	return writeYamlData(file, { ...ladder, tracks: target }).map((field) => (field.includes('.') ? `tracks.${field}` : field));
}

/**
 * A spreadsheet in the layout of `csv-layout.ts`, read back for `ladder import`. Parsing is the
 * CSV library's, never hand-rolled.
 */
import { parse } from 'csv-parse/sync';
import type { Problem } from '../model/files/problems.ts';
import type { LevelDescriptorData } from '../schemas/competency-area.ts';
import { IdSchema } from '../schemas/id.ts';
import { readLevelCell } from './criteria-cell.ts';
import { AREA_BY_NAME, columnName, DESCRIPTION, FIXED_COLUMNS, LEVEL_NAMES, REQUIRED_HEADER_ROWS, ROLE_HEADER_ROWS } from './csv-layout.ts';
import { readCell } from './spreadsheet-cell.ts';
import { sheetProblems } from './sheet-problems.ts';
import { splitIds } from './workbook-layout.ts';

/**
 * Reads a sheet in the export's format against the ladder it is imported into (its scale, tracks
 * and areas). Every problem is reported with its row and column; nothing is returned with them.
 */
export function parseMatrixCsv(text: string, file: string, context: SheetContext): { sheet?: Sheet; problems: Problem[] } {
	const problems: Problem[] = [];
	const at = (row: number, column: number | undefined, message: string) =>
		problems.push({ file, field: column === undefined ? `row ${row}` : `row ${row}, column ${columnName(column)}`, message });

	let rows: string[][];
	try {
		const cells = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true }) as string[][];
		rows = cells.map((row) => row.map(readCell));
	} catch (error) {
		return { problems: [{ file, field: '(file)', message: sheetProblems.unreadable((error as Error).message) }] };
	}
	if (rows.length === 0) return { problems: [{ file, field: '(file)', message: sheetProblems.empty() }] };
	// A sheet saved with semicolons reads as one column per row: say so, rather than "bad header".
	if (rows[0]!.length === 1 && (rows[0]![0] ?? '').includes(';')) return { problems: [{ file, field: '(file)', message: sheetProblems.semicolons() }] };

	const header = rows[0]!;
	// An older sheet names areas by name, in a column called `Area`.
	const areasByName = header[0] === AREA_BY_NAME;
	FIXED_COLUMNS.forEach((name, column) => {
		if (header[column] !== name && !(column === 0 && areasByName)) at(1, column, sheetProblems.badHeader(name, header[column] ?? ''));
	});
	// A sheet made before tracks' level names has one header row fewer.
	const headerRows = rows[ROLE_HEADER_ROWS.length]?.[2] === ROLE_HEADER_ROWS.at(-1) ? ROLE_HEADER_ROWS.length : REQUIRED_HEADER_ROWS;
	ROLE_HEADER_ROWS.slice(0, headerRows).forEach((name, index) => {
		const found = rows[index + 1]?.[2] ?? '';
		if (found !== name) at(index + 2, 2, sheetProblems.badHeader(name, found));
	});
	const descriptionColumn = header.indexOf(DESCRIPTION, FIXED_COLUMNS.length);
	if (descriptionColumn < 0) at(1, undefined, sheetProblems.noDescriptionColumn());
	if (problems.length > 0) return { problems };

	// Competencies' level names, in a column a sheet made before them lacks.
	const namesColumn = header[descriptionColumn + 1] === LEVEL_NAMES ? descriptionColumn + 1 : undefined;
	const firstLevelColumn = (namesColumn ?? descriptionColumn) + 1;
	const levelLabels = context.levels.map((level) => level.label);
	if (header.slice(firstLevelColumn).join('\u0000') !== levelLabels.join('\u0000')) {
		at(1, firstLevelColumn, sheetProblems.levelColumns(levelLabels));
		return { problems };
	}
	rows.forEach((row, index) => {
		if (row.length !== header.length) at(index + 1, undefined, sheetProblems.ragged(row.length, header.length));
	});
	if (problems.length > 0) return { problems };

	const layout: Layout = { end: descriptionColumn, headerRows, namesColumn, firstLevelColumn };
	const roles = readRoles(rows, layout, context, at);
	const trackLevelLabels = headerRows === ROLE_HEADER_ROWS.length ? readTrackNames(rows, roles, context, at) : undefined;
	const competencies = readCompetencies(rows, layout, roles, context, at, areasByName);
	return problems.length > 0 ? { problems } : { sheet: { roles, competencies, ...(trackLevelLabels ? { trackLevelLabels } : {}) }, problems };
}

/** Where a sheet's parts are: it may have been made before its last header row or its names column. */
interface Layout {
	/** The `Description` column, which ends the role columns. */
	end: number;
	headerRows: number;
	namesColumn: number | undefined;
	firstLevelColumn: number;
}

/**
 * A `<level>: <name>` a line, the level by its label in the scale, into level id → name; an
 * unknown level or a line without a name is reported.
 */
function readLevelNames(cell: string, context: SheetContext, report: (message: string) => void): Record<string, string> {
	const levelByLabel = new Map(context.levels.map((level) => [level.label.toLowerCase(), level.id]));
	const names: Record<string, string> = {};
	for (const line of cell.split(/\r?\n/).map((text) => text.trim()).filter(Boolean)) {
		const colon = line.indexOf(':');
		const [label, name] = colon < 0 ? [line, ''] : [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
		const levelId = levelByLabel.get(label.toLowerCase());
		if (!levelId || !name) report(sheetProblems.badLevelName(line, context.levels.map((level) => level.label)));
		else names[levelId] = name;
	}
	return names;
}

/** Each track's level names, from its roles' cells, which must agree. */
function readTrackNames(rows: string[][], roles: SheetRole[], context: SheetContext, at: ReportAt): Map<string, Record<string, string>> {
	const row = ROLE_HEADER_ROWS.length + 1;
	const byTrack = new Map<string, { names: Record<string, string>; column: number }>();
	for (const role of roles) {
		const names = readLevelNames(rows[row - 1]?.[role.column] ?? '', context, (message) => at(row, role.column, message));
		// A role tracks share carries the names of the first of them, where the site lists it.
		const track = role.tracks[0] ?? '';
		const earlier = byTrack.get(track);
		if (!earlier) byTrack.set(track, { names, column: role.column });
		else if (JSON.stringify(earlier.names) !== JSON.stringify(names)) at(row, role.column, sheetProblems.trackNamesDiffer(track, columnName(earlier.column)));
	}
	return new Map([...byTrack].map(([track, { names }]) => [track, names]));
}

function readRoles(rows: string[][], { end }: Layout, context: SheetContext, at: ReportAt): SheetRole[] {
	const roles: SheetRole[] = [];
	const firstColumn = new Map<string, number>();
	for (let column = FIXED_COLUMNS.length; column < end; column++) {
		const [title, id, trackCell, grade, summary] = rows.slice(0, 5).map((row) => (row[column] ?? '').trim());
		const tracks = splitIds(trackCell ?? '');
		if (!title) at(1, column, sheetProblems.missing('the role title'));
		if (!id) at(2, column, sheetProblems.missing('the role id'));
		else if (!IdSchema.safeParse(id).success) at(2, column, sheetProblems.badId(id));
		else if (firstColumn.has(id)) at(2, column, sheetProblems.duplicateRole(id, columnName(firstColumn.get(id)!)));
		else firstColumn.set(id, column);
		for (const track of tracks.length > 0 ? tracks : ['']) if (!context.trackIds.includes(track)) at(3, column, sheetProblems.unknownTrack(track, context.trackIds));
		if (!/^-?\d+$/.test(grade ?? '')) at(4, column, sheetProblems.badGrade(grade ?? ''));
		// A role may have no summary: an empty cell leaves it out.
		roles.push({ column, id: id ?? '', title: title ?? '', tracks, grade: Number(grade), summary: summary || undefined });
	}
	return roles;
}

function readCompetencies(rows: string[][], layout: Layout, roles: SheetRole[], context: SheetContext, at: ReportAt, areasByName: boolean): SheetCompetency[] {
	const { end, headerRows, namesColumn, firstLevelColumn } = layout;
	const levelByLabel = new Map(context.levels.map((level) => [level.label.toLowerCase(), level.id]));
	const areaIds = new Set(context.areas.map((area) => area.id));
	const namesakes = Map.groupBy(context.areas, (area) => area.name);
	const firstRow = new Map<string, number>();
	return rows.slice(1 + headerRows).map((row, index) => {
		const rowNumber = index + 2 + headerRows;
		const [areaCell = '', id, name] = row.map((cell) => cell.trim());
		// By id; in an older sheet, by name, unless two areas share it. An area the ladder does not
		// have yet is created, with the id written (or one made from the name).
		let areaId: string | undefined;
		if (!areasByName) {
			areaId = IdSchema.safeParse(areaCell).success ? areaCell : undefined;
			if (!areaId) at(rowNumber, 0, sheetProblems.badAreaId(areaCell));
		} else {
			const named = namesakes.get(areaCell) ?? [];
			if (named.length > 1) at(rowNumber, 0, sheetProblems.ambiguousArea(areaCell, named.map((area) => area.id)));
			areaId = named[0]?.id ?? areaIdFromName(areaCell);
			if (!areaId) at(rowNumber, 0, sheetProblems.badAreaName(areaCell));
		}
		if (!id || !IdSchema.safeParse(id).success) at(rowNumber, 1, id ? sheetProblems.badId(id) : sheetProblems.missing('the competency id'));
		else if (firstRow.has(id)) at(rowNumber, 1, sheetProblems.duplicateCompetency(id, firstRow.get(id)!));
		else firstRow.set(id, rowNumber);
		if (!name) at(rowNumber, 2, sheetProblems.missing('the competency name'));
		const levels: Record<string, string> = {};
		const notes: Record<string, string> = {};
		for (const role of roles) {
			// The level's name on the cell's first line; the role's note on the lines after it.
			const [first = '', ...rest] = (row[role.column] ?? '').split(/\r?\n/);
			const label = first.trim();
			if (!label) continue;
			const note = rest.join('\n').trim();
			if (note) notes[role.id] = note;
			const levelId = levelByLabel.get(label.toLowerCase());
			if (levelId) levels[role.id] = levelId;
			else at(rowNumber, role.column, sheetProblems.unknownLevel(label, context.levels.map((l) => l.label)));
		}
		const description = (row[end] ?? '').trim() || undefined;
		// An empty descriptor cell: the competency is not part of that level.
		const descriptors = Object.fromEntries(
			context.levels.flatMap((level, offset) => {
				const cell = readLevelCell(row[firstLevelColumn + offset] ?? '');
				return cell === undefined ? [] : [[level.id, cell]];
			}),
		);
		if (Object.keys(descriptors).length === 0) at(rowNumber, firstLevelColumn, sheetProblems.noDescriptor());
		const labels = namesColumn === undefined ? undefined : readLevelNames(row[namesColumn] ?? '', context, (message) => at(rowNumber, namesColumn, message));
		const newArea = areaId !== undefined && !areaIds.has(areaId);
		const areaName = areasByName ? areaCell : nameFromId(areaCell);
		return { row: rowNumber, areaId: areaId ?? '', ...(newArea ? { areaName } : {}), id: id ?? '', name: name ?? '', description, labels, descriptors, levels, notes };
	});
}

type ReportAt = (row: number, column: number | undefined, message: string) => void;

/** What the sheet is read against: the ladder it is imported into. */
export interface SheetContext {
	levels: { id: string; label: string }[];
	trackIds: string[];
	areas: { id: string; name: string }[];
}

export interface Sheet {
	roles: SheetRole[];
	competencies: SheetCompetency[];
	/** Track id → its names for levels; absent when the sheet has no row for them. */
	trackLevelLabels?: Map<string, Record<string, string>>;
}

export interface SheetRole {
	column: number;
	id: string;
	title: string;
	/** One track, or those a shared role belongs to. */
	tracks: string[];
	grade: number;
	summary: string | undefined;
}

export interface SheetCompetency {
	row: number;
	areaId: string;
	/** The name of an area the ladder does not have yet, which the import creates. */
	areaName?: string;
	id: string;
	name: string;
	description?: string | undefined;
	/** Level id → the competency's name for it; undefined when the sheet has no column for them. */
	labels: Record<string, string> | undefined;
	/** Level id → descriptor or criteria, as content writes them. */
	descriptors: Record<string, LevelDescriptorData>;
	/** Role id → expected level id; roles that expect nothing are absent. */
	levels: Record<string, string>;
	/** Role id → the role's note on its level, where its cell has one. */
	notes: Record<string, string>;
}

/** An area id made from a name the sheet gives ("People & growth" → people-growth); undefined when nothing is left. */
function areaIdFromName(name: string): string | undefined {
	const id = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return IdSchema.safeParse(id).success ? id : undefined;
}

/** A new area's name, made from the id a sheet gives it: `people-growth` → "People growth". */
function nameFromId(id: string): string {
	const words = id.replaceAll('-', ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

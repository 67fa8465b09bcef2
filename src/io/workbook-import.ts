/**
 * A workbook in the layout of `workbook-layout.ts`, read back into the ladder's files for
 * `ladder import`. Reading the .xlsx is the workbook library's; this reads its sheets. Every problem
 * names its sheet, row and column; what the rows mean beyond them (a role's track, a competency's
 * levels) is checked by the ladder's own validation once the files are written.
 */
import ExcelJS from 'exceljs';
import type { AreaFile, LadderFiles, RoleFile } from '../model/files/ladder-files.ts';
import type { Problem } from '../model/files/problems.ts';
import { didYouMean } from '../model/files/closest.ts';
import { CONTENT_LAYOUT } from '../model/files/read-content.ts';
import type { CompetencyData, CriterionData, LevelDescriptorData, QuestionData } from '../schemas/competency-area.ts';
import { IdSchema } from '../schemas/id.ts';
import type { LadderData, LevelData, TrackData } from '../schemas/ladder.ts';
import type { ExpectationData, RoleData } from '../schemas/role.ts';
import { columnName } from './csv-layout.ts';
import { workbookProblems } from './sheet-problems.ts';
import { MAX_WORKBOOK_BYTES, WorkbookTooLarge, workbookParts, type HiddenCell, type WorkbookParts } from './workbook-parts.ts';
import { levelColumn, NO_NEXT, numberedColumn, SHEETS, splitIds, type SheetKey, type SheetLayout } from './workbook-layout.ts';

/** One row of a sheet: its cells by column name, and where it is, for problems. */
interface SheetRow {
	row: number;
	cells: Record<string, string>;
	/** Column name → its letter. */
	at: (column: string) => string;
}

/**
 * An .xlsx file loaded by the workbook library from the parts the import reads, within their bound
 * (`workbook-parts.ts`), with what its cells really are; or why it cannot be read.
 */
export async function loadWorkbook(bytes: Uint8Array, file: string): Promise<{ workbook: ExcelJS.Workbook; hidden: WorkbookParts['hidden'] } | { problem: Problem }> {
	const workbook = new ExcelJS.Workbook();
	try {
		const parts = await workbookParts(bytes);
		await workbook.xlsx.load(parts.bytes as unknown as ArrayBuffer);
		return { workbook, hidden: parts.hidden };
	} catch (error) {
		const message = error instanceof WorkbookTooLarge ? workbookProblems.tooLarge(MAX_WORKBOOK_BYTES) : workbookProblems.unreadable((error as Error).message);
		return { problem: { file, field: '(file)', message } };
	}
}

export async function parseWorkbook(bytes: Uint8Array, file: string): Promise<{ files?: LadderFiles; problems: Problem[] }> {
	const problems: Problem[] = [];
	const loaded = await loadWorkbook(bytes, file);
	if ('problem' in loaded) return { problems: [loaded.problem] };
	const { workbook, hidden } = loaded;
	const report = (sheet: SheetKey, row: number | undefined, column: string | undefined, message: string) =>
		problems.push({ file, field: [`sheet ${SHEETS[sheet].name}`, row && `row ${row}`, column && `column ${column}`].filter(Boolean).join(', '), message });
	const read = (key: SheetKey, levelIds: readonly string[]) => readSheet(workbook, key, levelIds, report, hidden.get(SHEETS[key].name));

	// A sheet the author added would be dropped without a word: it is named instead.
	const known = new Set<string>(Object.values(SHEETS).map((sheet) => sheet.name));
	for (const sheet of workbook.worksheets) {
		if (!known.has(sheet.name)) problems.push({ file, field: `sheet ${sheet.name}`, message: workbookProblems.unknownSheet([...known]) });
	}

	// The scale first: the per-level columns of other sheets are named after its levels.
	const levelsSheet = read('levels', []);
	const levelIds = (levelsSheet ?? []).map((row) => row.cells['id']!.trim()).filter(Boolean);
	const sheets = Object.fromEntries((Object.keys(SHEETS) as SheetKey[]).map((key) => [key, key === 'levels' ? levelsSheet : read(key, levelIds)])) as Record<
		SheetKey,
		SheetRow[] | undefined
	>;
	// Only a sheet that cannot be read stops here: a cell refused (a formula, a date) is read as empty,
	// so what else the rows get wrong is said in the same round.
	if (Object.values(sheets).some((rows) => rows === undefined)) return { problems };
	const rows = sheets as Record<SheetKey, SheetRow[]>;

	const reader = new RowReader(report);
	const levels = reader.unique('levels', 'level', rows.levels).map(({ id, row }): LevelData => ({
		id,
		label: row.cells['label']!,
		...reader.optional(row, 'description'),
	}));
	const knownLevel = (sheet: SheetKey, row: SheetRow, column: string) => reader.known(sheet, row, column, 'level', levelIds);
	const groups = reader.unique('groups', 'group', rows.groups).map(({ id, row }) => ({ id, name: row.cells['name']!, ...reader.optional(row, 'description') }));
	const tracks = reader.unique('tracks', 'track', rows.tracks).map(({ id, row }): TrackData => ({
		id,
		name: row.cells['name']!,
		...reader.optional(row, 'description'),
		...(row.cells['areas']!.trim() ? { areas: splitIds(row.cells['areas']!) } : {}),
		...(row.cells['group']?.trim() ? { group: row.cells['group'].trim() } : {}),
		...reader.perLevel(row, 'levelLabels', levelIds),
	}));
	if (rows.ladder.length !== 1) report('ladder', undefined, undefined, workbookProblems.oneRow(rows.ladder.length));
	const top = rows.ladder[0];
	const strict = top?.cells['lint.strict']!.trim();
	if (top && strict && strict !== 'true' && strict !== 'false') report('ladder', top.row, top.at('lint.strict'), workbookProblems.notBoolean(strict));
	const reviewStrict = top?.cells['review.strict']?.trim();
	if (top && reviewStrict && reviewStrict !== 'true' && reviewStrict !== 'false') report('ladder', top.row, top.at('review.strict'), workbookProblems.notBoolean(reviewStrict));
	// A whole number in an optional cell: `undefined` where empty, reported where it is not one.
	const whole = (sheet: SheetKey, row: SheetRow, column: string): number | undefined => {
		const value = row.cells[column]?.trim();
		if (!value) return undefined;
		if (!/^\d+$/.test(value)) report(sheet, row.row, row.at(column), workbookProblems.notWhole(value));
		return Number(value);
	};
	const hiringOf = (sheet: SheetKey, row: SheetRow) => {
		const minutes = whole(sheet, row, 'hiring.minutes');
		const perCompetency = whole(sheet, row, 'hiring.perCompetency');
		return minutes === undefined && perCompetency === undefined ? undefined : { ...(minutes === undefined ? {} : { minutes }), ...(perCompetency === undefined ? {} : { perCompetency }) };
	};
	const ladderHiring = top && hiringOf('ladder', top);
	const ignore = rows.review.map((row) => ({ rule: row.cells['rule']!.trim(), id: row.cells['id']!.trim(), reason: row.cells['reason']! }));
	const ladder: LadderData = {
		name: top?.cells['name'] ?? '',
		...(top ? reader.optional(top, 'organization') : {}),
		description: top?.cells['description'] ?? '',
		levels,
		...(groups.length > 0 ? { groups } : {}),
		tracks,
		...(ladderHiring ? { hiring: ladderHiring } : {}),
		...(top?.cells['language']?.trim() ? { language: top.cells['language'].trim() } : {}),
		...(top?.cells['translations']?.trim() ? { translations: splitIds(top.cells['translations']) } : {}),
		...(strict ? { lint: { strict: strict === 'true' } } : {}),
		...(reviewStrict || ignore.length > 0 ? { review: { ...(reviewStrict ? { strict: reviewStrict === 'true' } : {}), ...(ignore.length > 0 ? { ignore } : {}) } } : {}),
	};

	// Competencies, with their descriptors and criteria, in their sheet's order.
	const competencyRows = reader.unique('competencies', 'competency', rows.competencies);
	const competencyIds = competencyRows.map(({ id }) => id);
	const described = new Map<string, Map<string, { row: number; descriptor: LevelDescriptorData }>>();
	const describe = (competency: string) => described.get(competency) ?? described.set(competency, new Map()).get(competency)!;
	for (const row of rows.descriptors) {
		const competency = reader.known('descriptors', row, 'competency', 'competency', competencyIds);
		const level = knownLevel('descriptors', row, 'level');
		if (!competency || !level) continue;
		const earlier = describe(competency).get(level);
		if (earlier) report('descriptors', row.row, row.at('level'), workbookProblems.duplicate('level', `${competency} ${level}`, earlier.row));
		else describe(competency).set(level, { row: row.row, descriptor: row.cells['descriptor']! });
	}
	const criteriaAt = new Map<string, CriterionData[]>();
	for (const row of rows.criteria) {
		const competency = reader.known('criteria', row, 'competency', 'competency', competencyIds);
		const level = knownLevel('criteria', row, 'level');
		if (!competency || !level) continue;
		const id = row.cells['id']!.trim();
		if (id && !IdSchema.safeParse(id).success) report('criteria', row.row, row.at('id'), workbookProblems.badId(id));
		const examples = reader.numbered(row, 'examples');
		const criterion: CriterionData = id || examples.length > 0 ? { text: row.cells['text']!, ...(id ? { id } : {}), ...(examples.length > 0 ? { examples } : {}) } : row.cells['text']!;
		const key = `${competency}\u0000${level}`;
		const existing = describe(competency).get(level);
		if (existing && !criteriaAt.has(key)) {
			report('criteria', row.row, row.at('level'), workbookProblems.bothForms(competency, level, existing.row));
			continue;
		}
		if (!criteriaAt.has(key)) {
			criteriaAt.set(key, []);
			describe(competency).set(level, { row: row.row, descriptor: criteriaAt.get(key)! });
		}
		criteriaAt.get(key)!.push(criterion);
	}
	// Interview questions, by competency then level, in their sheet's order.
	const questionsOf = new Map<string, Map<string, QuestionData[]>>();
	for (const row of rows.questions) {
		const competency = reader.known('questions', row, 'competency', 'competency', competencyIds);
		const level = knownLevel('questions', row, 'level');
		if (!competency || !level) continue;
		const id = row.cells['id']!.trim();
		if (id && !IdSchema.safeParse(id).success) report('questions', row.row, row.at('id'), workbookProblems.badId(id));
		const minutes = whole('questions', row, 'minutes');
		const lines = (column: string) => (row.cells[column] ?? '').split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
		const [followUps, lookFor] = [lines('followUps'), lines('lookFor')];
		const question: QuestionData =
			id || minutes !== undefined || followUps.length > 0 || lookFor.length > 0
				? { text: row.cells['text']!, ...(id ? { id } : {}), ...(followUps.length > 0 ? { followUps } : {}), ...(lookFor.length > 0 ? { lookFor } : {}), ...(minutes === undefined ? {} : { minutes }) }
				: row.cells['text']!;
		const byLevel = questionsOf.get(competency) ?? questionsOf.set(competency, new Map()).get(competency)!;
		byLevel.set(level, [...(byLevel.get(level) ?? []), question]);
	}
	const areaRows = reader.unique('areas', 'area', rows.areas);
	const areaIds = areaRows.map(({ id }) => id);
	const byArea = new Map<string, CompetencyData[]>(areaIds.map((id) => [id, []]));
	for (const { id, row } of competencyRows) {
		const area = reader.known('competencies', row, 'area', 'area', areaIds);
		const levelsOf = describe(id);
		const ordered = [...levelsOf].sort(([a], [b]) => levelIds.indexOf(a) - levelIds.indexOf(b));
		const asked = questionsOf.get(id);
		const competency: CompetencyData = {
			id,
			name: row.cells['name']!,
			...reader.optional(row, 'description'),
			levels: Object.fromEntries(ordered.map(([level, { descriptor }]) => [level, descriptor])),
			...reader.perLevel(row, 'labels', levelIds),
			...(asked ? { questions: Object.fromEntries(asked) } : {}),
		};
		if (area) byArea.get(area)!.push(competency);
	}
	const areas = areaRows.map(({ id, row }): AreaFile => {
		const order = row.cells['order']!.trim();
		if (order && !/^-?\d+$/.test(order)) report('areas', row.row, row.at('order'), workbookProblems.notWhole(order));
		return {
			id,
			file: reader.fileName('areas', row, id, CONTENT_LAYOUT.areas.extensions),
			data: {
				name: row.cells['name']!,
				...(order ? { order: Number(order) } : {}),
				...reader.optional(row, 'description'),
				competencies: byArea.get(id)!,
			},
		};
	});

	// Roles, with their skills, expectations and bodies.
	const roleRows = reader.unique('roles', 'role', rows.roles);
	const roleIds = roleRows.map(({ id }) => id);
	// Groups by name in a Map: a group named `constructor` is a name, not the object's own function.
	const skills = new Map<string, Map<string, string[]>>();
	for (const row of rows.skills) {
		const role = reader.known('skills', row, 'role', 'role', roleIds);
		if (!role) continue;
		const groups = skills.get(role) ?? skills.set(role, new Map()).get(role)!;
		const group = row.cells['group']!;
		(groups.get(group) ?? groups.set(group, []).get(group)!).push(row.cells['skill']!);
	}
	const expectations = new Map<string, Record<string, ExpectationData>>();
	const firstExpectation = new Map<string, number>();
	for (const row of rows.expectations) {
		const role = reader.known('expectations', row, 'role', 'role', roleIds);
		const competency = reader.known('expectations', row, 'competency', 'competency', competencyIds);
		const level = knownLevel('expectations', row, 'level');
		if (!role || !competency || !level) continue;
		const key = `${role} ${competency}`;
		if (firstExpectation.has(key)) {
			report('expectations', row.row, row.at('competency'), workbookProblems.duplicate('expectation', key, firstExpectation.get(key)!));
			continue;
		}
		firstExpectation.set(key, row.row);
		const note = row.cells['note']!;
		const map = expectations.get(role) ?? expectations.set(role, {}).get(role)!;
		map[competency] = note.trim() ? { level, note } : level;
	}
	const bodies = new Map<string, string>();
	for (const row of rows.bodies) {
		const role = reader.known('bodies', row, 'role', 'role', roleIds);
		if (role) bodies.set(role, (bodies.get(role) ?? '') + row.cells['body']!);
	}
	const roleHiring = (row: SheetRow): Pick<RoleData, 'hiring'> => {
		const closed = row.cells['hiring']?.trim();
		if (closed && closed !== 'false') report('roles', row.row, row.at('hiring'), workbookProblems.notBoolean(closed));
		const own = hiringOf('roles', row);
		return closed === 'false' ? { hiring: false } : own ? { hiring: own } : {};
	};
	const roles = roleRows.map(({ id, row }): RoleFile => {
		const grade = row.cells['grade']!.trim();
		if (!/^-?\d+$/.test(grade)) report('roles', row.row, row.at('grade'), grade ? workbookProblems.notWhole(grade) : workbookProblems.missing('the grade'));
		const nextCell = row.cells['next']!.trim();
		const next = nextCell === NO_NEXT ? [] : splitIds(nextCell);
		const data: RoleData = {
			title: row.cells['title']!,
			...(row.cells['tracks']?.trim() ? { tracks: splitIds(row.cells['tracks']) } : {}),
			...(row.cells['track']!.trim() || !row.cells['tracks']?.trim() ? { track: row.cells['track']!.trim() } : {}),
			grade: Number(grade),
			...reader.optional(row, 'summary'),
			...reader.optional(row, 'scope'),
			...reader.optional(row, 'experience'),
			...reader.optional(row, 'education'),
			...(nextCell ? { next } : {}),
			...(skills.has(id) ? { skills: Object.fromEntries(skills.get(id)!) } : {}),
			...(row.cells['baseline']!.trim() ? { baseline: row.cells['baseline']!.trim() } : {}),
			...(expectations.has(id) ? { expectations: expectations.get(id)! } : {}),
			...roleHiring(row),
		};
		return { id, file: reader.fileName('roles', row, id, CONTENT_LAYOUT.roles.extensions), data, body: bodies.get(id) ?? '' };
	});
	return problems.length > 0 ? { problems } : { files: { ladder, areas, roles }, problems };
}

type Report = (sheet: SheetKey, row: number | undefined, column: string | undefined, message: string) => void;

/**
 * A sheet's rows as text, checked against its layout: its header must be the layout's columns, in
 * order, then its per-level or numbered ones. A missing sheet, a renamed column and a cell that is
 * not text (a formula above all: it would compute on the reader's machine) are refused.
 */
function readSheet(workbook: ExcelJS.Workbook, key: SheetKey, levelIds: readonly string[], report: Report, hidden?: ReadonlyMap<string, HiddenCell>): SheetRow[] | undefined {
	const layout: SheetLayout = SHEETS[key];
	const sheet = workbook.getWorksheet(layout.name);
	if (!sheet) {
		// A workbook exported before the sheet existed has none: it holds nothing of it.
		if (layout.since) return [];
		report(key, undefined, undefined, workbookProblems.missingSheet(layout.name));
		return undefined;
	}
	const header: string[] = [];
	sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, column) => (header[column - 1] = cellText(cell) ?? ''));
	let bad = false;
	layout.columns.forEach((name, index) => {
		if ((header[index] ?? '').trim() !== name) {
			report(key, 1, columnName(index), workbookProblems.badColumn(name, (header[index] ?? '').trim()));
			bad = true;
		}
	});
	const extraAllowed = (name: string) =>
		(layout.later ?? []).includes(name) ||
		(layout.perLevel !== undefined && levelIds.some((level) => levelColumn(layout.perLevel!, level) === name)) ||
		(layout.numbered !== undefined && /^\d+$/.test(name.slice(layout.numbered.length + 1)) && name.startsWith(`${layout.numbered}.`));
	const allowed = [...layout.columns, ...(layout.later ?? []), layout.perLevel && levelIds.map((level) => levelColumn(layout.perLevel!, level)).join(', '), layout.numbered && `${numberedColumn(layout.numbered, 1)}, ${numberedColumn(layout.numbered, 2)}, …`]
		.filter(Boolean)
		.join(', ');
	for (let index = layout.columns.length; index < header.length; index++) {
		const name = (header[index] ?? '').trim();
		if (name && !extraAllowed(name)) {
			report(key, 1, columnName(index), workbookProblems.unknownColumn(name, `the columns are ${allowed}`));
			bad = true;
		}
	}
	if (bad) return undefined;
	const rows: SheetRow[] = [];
	sheet.eachRow({ includeEmpty: false }, (row, number) => {
		if (number === 1) return;
		// Every column, empty ones too: an empty cell is a key left out, and `examples.1` empty before a filled `examples.2` is a gap.
		const cells: Record<string, string> = Object.fromEntries([...layout.columns, ...header.map((name) => name.trim()).filter(Boolean)].map((name) => [name, '']));
		let any = false;
		row.eachCell({ includeEmpty: false }, (cell, column) => {
			const name = (header[column - 1] ?? '').trim();
			if (!name) return;
			const reportCell = (message: string) => report(key, number, columnName(column - 1), message);
			// What the file says the cell is, where the library would read it as something else.
			const really = hidden?.get(cell.address);
			if (really) return reportCell(really === 'formula' ? workbookProblems.formula() : workbookProblems.notText('date'));
			const text = cellText(cell, reportCell);
			if (text === undefined) return;
			cells[name] = text;
			if (text !== '') any = true;
		});
		// A row that only looks filled (formatted, but empty) is not a thing.
		if (any) rows.push({ row: number, cells, at: (name) => columnName(Math.max(0, header.findIndex((found) => found.trim() === name))) });
	});
	return rows;
}

/** A cell as text; a formula, a date or an error value is reported and read as nothing. */
export function cellText(cell: ExcelJS.Cell, report?: (message: string) => void): string | undefined {
	const value = cell.value;
	if (cell.type === ExcelJS.ValueType.Formula || cell.formula !== undefined || (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value))) {
		report?.(workbookProblems.formula());
		return undefined;
	}
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	// A number or a yes/no typed into a cell formatted as General: its text is what was meant.
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (value instanceof Date) {
		report?.(workbookProblems.notText('date'));
		return undefined;
	}
	if ('richText' in value) return value.richText.map((part) => part.text).join('');
	if ('text' in value && typeof value.text === 'string') return value.text;
	report?.(workbookProblems.notText('value the workbook cannot hold (an error or an image)'));
	return undefined;
}

/** Reads the cells of rows that are checked the same way on every sheet. */
class RowReader {
	private readonly report: Report;

	constructor(report: Report) {
		this.report = report;
	}

	/** Rows with a valid id each, used once; the others are reported and left out. */
	unique(sheet: SheetKey, kind: string, rows: readonly SheetRow[]): { id: string; row: SheetRow }[] {
		const first = new Map<string, number>();
		return rows.flatMap((row) => {
			const id = row.cells['id']!.trim();
			if (!id) this.report(sheet, row.row, row.at('id'), workbookProblems.missing(`the ${kind} id`));
			else if (!IdSchema.safeParse(id).success) this.report(sheet, row.row, row.at('id'), workbookProblems.badId(id));
			else if (first.has(id)) this.report(sheet, row.row, row.at('id'), workbookProblems.duplicate(kind, id, first.get(id)!));
			else {
				first.set(id, row.row);
				return [{ id, row }];
			}
			return [];
		});
	}

	/** An id that must be one of `known`; reported with the closest ones when it is not. */
	known(sheet: SheetKey, row: SheetRow, column: string, kind: string, known: readonly string[]): string | undefined {
		const id = row.cells[column]!.trim();
		if (known.includes(id)) return id;
		// A short list is named whole, as the check names the levels and tracks.
		const listed = known.length > 0 && known.length <= 20 ? `; the ${kind === 'competency' ? 'competencies' : `${kind}s`} are: ${known.join(', ')}` : '';
		this.report(sheet, row.row, row.at(column), id ? workbookProblems.unknown(kind, id, `${didYouMean(id, known)}${listed}`) : workbookProblems.missing(`the ${kind}`));
		return undefined;
	}

	/** `{ key: text }` when the cell has text, else nothing: an empty cell is a key left out. */
	optional<K extends string>(row: SheetRow, key: K): Partial<Record<K, string>> {
		const text = row.cells[key] ?? '';
		return text.trim() ? ({ [key]: text } as Record<K, string>) : {};
	}

	/** A per-level key's values, `{ key: { level: text } }`, or nothing when every cell is empty. */
	perLevel(row: SheetRow, key: string, levelIds: readonly string[]): Record<string, Record<string, string>> {
		const values = Object.fromEntries(levelIds.flatMap((level) => ((row.cells[levelColumn(key, level)] ?? '').trim() ? [[level, row.cells[levelColumn(key, level)]!]] : [])));
		return Object.keys(values).length > 0 ? { [key]: values } : {};
	}

	/** A numbered list's items, from `.1` on; an empty cell before a filled one is reported. */
	numbered(row: SheetRow, key: string): string[] {
		const items: string[] = [];
		let gap: string | undefined;
		for (let n = 1; numberedColumn(key, n) in row.cells; n++) {
			const text = row.cells[numberedColumn(key, n)]!;
			if (!text.trim()) gap ??= numberedColumn(key, n);
			else if (gap) this.report('criteria', row.row, row.at(gap), workbookProblems.gapInExamples());
			else items.push(text);
		}
		return items;
	}

	/** The file name a row gives, or `<id>` with the folder's first extension. */
	fileName(sheet: SheetKey, row: SheetRow, id: string, extensions: readonly string[]): string {
		const file = row.cells['file']!.trim();
		if (!file) return `${id}${extensions[0]}`;
		if (!extensions.some((extension) => file === `${id}${extension}`)) this.report(sheet, row.row, row.at('file'), workbookProblems.badFile(file, id, extensions));
		return file;
	}
}

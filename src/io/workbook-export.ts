/**
 * The ladder as a workbook (`/ladder.xlsx`), in the layout of `workbook-layout.ts`: every key of
 * every file, so that `ladder import` of the workbook into an empty folder writes the same ladder.
 * Every cell is text, never a formula or a number a spreadsheet could reformat: "2" stays "2",
 * "=SUM(A1)" stays those eight characters. Guides, images and releases are not in it.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { LadderFiles } from '../model/files/ladder-files.ts';
import { cellPieces, joinIds, NO_NEXT, levelColumn, numberedColumn, SHEETS, type SheetKey } from './workbook-layout.ts';
import { roleTrackIds, type RoleData } from '../schemas/role.ts';

type Row = Record<string, string | undefined>;

/** The workbook's sheets as rows of named cells, before they become a file: what the tests read too. */
export function workbookRows(files: LadderFiles): { columns: Record<SheetKey, string[]>; rows: Record<SheetKey, Row[]> } {
	const { ladder } = files;
	const levelIds = ladder.levels.map((level) => level.id);
	const text = (value: unknown) => (value === undefined ? undefined : String(value));
	const rows: Record<SheetKey, Row[]> = {
		ladder: [{ name: ladder.name, organization: ladder.organization, description: ladder.description, 'lint.strict': text(ladder.lint?.strict), 'review.strict': text(ladder.review?.strict), 'hiring.minutes': text(ladder.hiring?.minutes), 'hiring.perCompetency': text(ladder.hiring?.perCompetency), language: ladder.language, translations: ladder.translations?.join('\n') }],
		levels: ladder.levels.map((level) => ({ id: level.id, label: level.label, description: level.description })),
		groups: (ladder.groups ?? []).map((group) => ({ id: group.id, name: group.name, description: group.description })),
		tracks: ladder.tracks.map((track) => ({
			id: track.id,
			name: track.name,
			description: track.description,
			areas: track.areas && joinIds(track.areas),
			group: track.group,
			...perLevel('levelLabels', track.levelLabels),
		})),
		areas: [],
		competencies: [],
		descriptors: [],
		criteria: [],
		roles: [],
		skills: [],
		expectations: [],
		bodies: [],
		questions: [],
		review: (ladder.review?.ignore ?? []).map(({ rule, id, reason }) => ({ rule, id, reason })),
	};
	let examples = 0;
	for (const area of files.areas) {
		rows.areas.push({ id: area.id, file: area.file, name: area.data.name, order: text(area.data.order), description: area.data.description });
		for (const competency of area.data.competencies) {
			rows.competencies.push({ area: area.id, id: competency.id, name: competency.name, description: competency.description, ...perLevel('labels', competency.labels) });
			for (const [level, questions] of Object.entries(competency.questions ?? {})) {
				for (const question of questions) {
					const { text: words, id, minutes, followUps = [], lookFor = [] } = typeof question === 'string' ? { text: question } : question;
					rows.questions.push({ competency: competency.id, level, id, text: words, minutes: text(minutes), followUps: followUps.join('\n'), lookFor: lookFor.join('\n') });
				}
			}
			// In the scale's order, then any level the scale lacks (which validation refuses, but a row loses nothing).
			const levels = Object.keys(competency.levels).sort((a, b) => rank(levelIds, a) - rank(levelIds, b));
			for (const level of levels) {
				const descriptor = competency.levels[level]!;
				if (typeof descriptor === 'string') {
					rows.descriptors.push({ competency: competency.id, level, descriptor });
					continue;
				}
				for (const criterion of descriptor) {
					const { text: words, id, examples: list = [] } = typeof criterion === 'string' ? { text: criterion } : criterion;
					examples = Math.max(examples, list.length);
					rows.criteria.push({ competency: competency.id, level, id, text: words, ...Object.fromEntries(list.map((example, n) => [numberedColumn('examples', n + 1), example])) });
				}
			}
		}
	}
	// Roles in the ladder's order, as the site lists them: by track, then grade, then title.
	const trackAt = new Map(ladder.tracks.map((track, index) => [track.id, index]));
	const at = (role: RoleData) => trackAt.get(roleTrackIds(role)[0] ?? '') ?? Infinity;
	const inOrder = [...files.roles].sort(
		(a, b) => at(a.data) - at(b.data) || a.data.grade - b.data.grade || a.data.title.localeCompare(b.data.title),
	);
	for (const role of inOrder) {
		const { data } = role;
		rows.roles.push({
			id: role.id,
			file: role.file,
			title: data.title,
			track: data.track,
			tracks: data.tracks && joinIds(data.tracks),
			grade: String(data.grade),
			summary: data.summary,
			scope: data.scope,
			experience: data.experience,
			education: data.education,
			next: data.next && (data.next.length === 0 ? NO_NEXT : joinIds(data.next)),
			baseline: data.baseline,
			hiring: data.hiring === false ? 'false' : undefined,
			'hiring.minutes': data.hiring ? text(data.hiring.minutes) : undefined,
			'hiring.perCompetency': data.hiring ? text(data.hiring.perCompetency) : undefined,
		});
		for (const [group, skills] of Object.entries(data.skills ?? {})) for (const skill of skills) rows.skills.push({ role: role.id, group, skill });
		for (const [competency, expectation] of Object.entries(data.expectations ?? {})) {
			rows.expectations.push(typeof expectation === 'string' ? { role: role.id, competency, level: expectation } : { role: role.id, competency, ...expectation });
		}
		for (const body of cellPieces(role.body)) rows.bodies.push({ role: role.id, body });
	}
	const columns = Object.fromEntries(
		Object.entries(SHEETS).map(([key, sheet]) => {
			const extra =
				'perLevel' in sheet ? levelIds.map((level) => levelColumn(sheet.perLevel, level)) : 'numbered' in sheet ? Array.from({ length: Math.max(examples, 1) }, (_, n) => numberedColumn(sheet.numbered, n + 1)) : [];
			return [key, [...sheet.columns, ...('later' in sheet ? sheet.later : []), ...extra]];
		}),
	) as Record<SheetKey, string[]>;
	return { columns, rows };

	function perLevel(key: string, values: Record<string, string> | undefined): Row {
		return Object.fromEntries(Object.entries(values ?? {}).map(([level, value]) => [levelColumn(key, level), value]));
	}
}

function rank(order: readonly string[], id: string): number {
	const index = order.indexOf(id);
	return index < 0 ? order.length : index;
}

/**
 * The date a workbook says it was made, and its files inside the zip: fixed, so that two builds of
 * the same ladder give the same bytes (the site's builds are reproducible, and `npm test` checks
 * it). 1980-01-01 is the earliest date a zip entry can carry, the usual choice of reproducible builds.
 */
export const FIXED_DATE = new Date('1980-01-01T00:00:00Z');

/** The workbook file (.xlsx). */
export async function ladderToWorkbook(files: LadderFiles): Promise<Uint8Array<ArrayBuffer>> {
	const { columns, rows } = workbookRows(files);
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'career ladder';
	workbook.created = FIXED_DATE;
	workbook.modified = FIXED_DATE;
	for (const key of Object.keys(SHEETS) as SheetKey[]) {
		const names = columns[key];
		const sheet = workbook.addWorksheet(SHEETS[key].name, { views: [{ state: 'frozen', ySplit: 1 }] });
		// Text format ("@") on every column, so what a person types later stays text too.
		sheet.columns = names.map((name) => ({ header: name, key: name, width: columnWidth(name), style: { numFmt: '@', alignment: { wrapText: true, vertical: 'top' } } }));
		sheet.getRow(1).font = { bold: true };
		for (const row of rows[key]) sheet.addRow(names.map((name) => row[name] ?? null));
	}
	return fixDates(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
}

/** The same zip, every entry dated `FIXED_DATE`: ExcelJS dates them when it writes them. */
export async function fixDates(bytes: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
	const zip = await JSZip.loadAsync(bytes);
	for (const entry of Object.values(zip.files)) entry.date = FIXED_DATE;
	return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

/** Wide columns for prose, narrow ones for ids and numbers. */
function columnWidth(name: string): number {
	if (/^(description|descriptor|text|body|note|summary|scope|experience|education)$/.test(name) || name.startsWith('examples.')) return 60;
	if (/^(name|title|label|skill|group)$/.test(name) || name.includes('abels.')) return 28;
	return 18;
}

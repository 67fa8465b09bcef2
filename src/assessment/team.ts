/**
 * The team view's rows: one per person, from the assessment files a manager loads, for a
 * calibration meeting. Counts, not scores, as everywhere else in the assessment; and the table as
 * CSV to take into the meeting (its Markdown: `team-markdown.ts`). Plain TypeScript: the page's script only shows it.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import { RATINGS, type Assessment, type RatingValue } from './document.ts';
import { gapItems, roleItems, roleOf, type AssessmentData } from './items.ts';
import { BOM, CSV_FORMAT, writeCell } from '../io/spreadsheet-cell.ts';
import { standing } from './standing.ts';
import type { AssessmentWords } from '../messages/catalogue.ts';
import { say } from '../messages/say.ts';

export type Counts = Record<RatingValue | 'unrated', number>;
export const COUNTED = [...RATINGS, 'unrated'] as const;

/** A count's column heading: the rating's name, or "Not rated". */
export function countLabel(words: AssessmentWords, kind: (typeof COUNTED)[number]): string {
	return words[kind === 'unrated' ? 'assessment.pack-not-rated' : (`assessment.rating.${kind}` as const)];
}

export interface TeamRow {
	name: string;
	role: string;
	target: string | undefined;
	release: string;
	areas: { name: string; counts: Counts }[];
	total: Counts;
	/** Items where the assessee's and the second assessor's ratings differ, and who that assessor is. */
	differ: { reviewer: string; items: number } | undefined;
	/** What the target expects beyond the role, and how many of those items the assessee rated consistently. */
	gap: { items: number; consistently: number } | undefined;
	assessment: Assessment;
}

/** Why a file cannot be a row of this ladder's team view, or its row. */
export function teamRow(data: AssessmentData, assessment: Assessment): { row: TeamRow } | { problem: string } {
	if (assessment.ladder !== data.ladder) return { problem: say(data.words, 'team.other-ladder', { other: assessment.ladder, ladder: data.ladder }) };
	const role = roleOf(data, assessment.role);
	if (!role) return { problem: say(data.words, 'team.unknown-role', { role: assessment.role }) };
	const items = roleItems(data, assessment.role);
	const areas = standing(data, assessment.role, items, assessment.ratings).map((area) => ({ name: area.name, counts: area.counts }));
	const total = Object.fromEntries(COUNTED.map((kind) => [kind, areas.reduce((sum, area) => sum + area.counts[kind], 0)])) as Counts;
	const target = assessment.target ? roleOf(data, assessment.target) : undefined;
	const gap = target ? gapItems(data, assessment.role, assessment.target!) : [];
	const reviewer = assessment.reviewer;
	const differ = reviewer
		? { reviewer: reviewer.name, items: [...items, ...gap].filter((item) => reviewer.ratings[item.key] && reviewer.ratings[item.key]!.rating !== assessment.ratings[item.key]?.rating).length }
		: undefined;
	return {
		row: {
			name: assessment.name?.trim() || data.words['team.no-name'],
			role: role.title,
			target: target?.title,
			release: assessment.release ?? 'unreleased',
			areas,
			total,
			differ,
			gap: target ? { items: gap.length, consistently: gap.filter((item) => assessment.ratings[item.key]?.rating === 'consistently').length } : undefined,
			assessment,
		},
	};
}

/** What the team grid's columns are: the ladder's areas, or its competencies. */
export type GridBy = 'area' | 'competency';

export interface GridColumn {
	id: string;
	name: string;
	/** The area's name, for a competency column. */
	area: string;
}

/** A person's standing in one column: how many items their role expects there, and how they rated them. */
export interface GridCell {
	items: number;
	counts: Counts;
}

/**
 * The team as a grid for a calibration meeting: a row per person, a column per area (or per
 * competency) that any of their roles expects, in the ladder's order, and in each cell how the
 * person rated the items their own role expects there. A cell is `undefined` where the person's role
 * expects nothing in that column.
 */
export function teamGrid(data: AssessmentData, rows: readonly TeamRow[], by: GridBy): { columns: GridColumn[]; cells: (GridCell | undefined)[][] } {
	const byRow = rows.map((row) => Map.groupBy(roleItems(data, row.assessment.role), (item) => (by === 'area' ? item.areaId : item.competencyId)));
	const used = new Set(byRow.flatMap((groups) => [...groups.keys()]));
	const areaName = new Map(data.areas.map((area) => [area.id, area.name]));
	const columns: GridColumn[] =
		by === 'area'
			? data.areas.filter((area) => used.has(area.id)).map((area) => ({ id: area.id, name: area.name, area: area.name }))
			: data.areas.flatMap((area) =>
					Object.entries(data.competencies)
						.filter(([id, competency]) => competency.area === area.id && used.has(id))
						.map(([id, competency]) => ({ id, name: competency.name, area: areaName.get(competency.area) ?? competency.area })),
				);
	const cells = rows.map((row, index) =>
		columns.map((column) => {
			const items = byRow[index]!.get(column.id);
			if (!items) return undefined;
			const counts = Object.fromEntries(COUNTED.map((kind) => [kind, 0])) as Counts;
			for (const item of items) counts[row.assessment.ratings[item.key]?.rating ?? 'unrated']++;
			return { items: items.length, counts };
		}),
	);
	return { columns, cells };
}

/** A cell in words, for a screen reader and a tooltip: "Coding: 3 of 5 consistently, 1 sometimes, 1 not rated". */
export function cellText(words: AssessmentWords, column: GridColumn, cell: GridCell | undefined): string {
	if (!cell) return say(words, 'team.cell-absent', { column: column.name });
	const others = COUNTED.filter((kind) => kind !== 'consistently' && cell.counts[kind] > 0).map((kind) => `, ${counted(words, kind, cell.counts[kind])}`);
	return say(words, 'team.cell', { column: column.name, consistently: cell.counts.consistently, items: cell.items }) + others.join('');
}

/** A line of counts: "3 consistently, 1 sometimes, 2 not rated". */
export function countsText(words: AssessmentWords, counts: Counts): string {
	const told = COUNTED.filter((kind) => counts[kind] > 0).map((kind) => counted(words, kind, counts[kind]));
	return told.length > 0 ? told.join(', ') : words['team.nothing-to-rate'];
}

/** "3 sometimes", the rating's name in lower case, as it reads mid-sentence. */
function counted(words: AssessmentWords, kind: (typeof COUNTED)[number], count: number): string {
	const what = words[kind === 'unrated' ? 'assessment.not-rated' : (`assessment.rating.${kind}` as const)].toLocaleLowerCase();
	return say(words, 'assessment.counted', { count, what });
}

/** The table as CSV, one row per person and area, for a spreadsheet. */
export function teamCsv(words: AssessmentWords, rows: readonly TeamRow[]): string {
	// Numbers in columns of their own, so that a spreadsheet sorts and sums them.
	const head = [
		...(['team.name', 'team.role', 'team.target', 'team.release', 'team.area'] as const).map((id) => words[id]),
		...COUNTED.map((kind) => countLabel(words, kind)),
		...(['team.reviewer', 'team.rated-differently', 'team.gap-items', 'team.gap-consistently'] as const).map((id) => words[id]),
	];
	const body = rows.flatMap((row) =>
		row.areas.map((area) => [
			row.name,
			row.role,
			row.target ?? '',
			row.release,
			area.name,
			...COUNTED.map((kind) => String(area.counts[kind])),
			row.differ?.reviewer ?? '',
			row.differ ? String(row.differ.items) : '',
			row.gap ? String(row.gap.items) : '',
			row.gap ? String(row.gap.consistently) : '',
		]),
	);
	// Guarded and quoted as /matrix.csv is: a name could start with "=", or hold ";=".
	// With a byte-order mark, as /matrix.csv: Excel then reads accents in names as UTF-8.
	return BOM + stringify([head, ...body].map((cells) => cells.map(writeCell)), CSV_FORMAT);
}

/**
 * The team view's table as Markdown, for the notes of a calibration meeting: a row per person,
 * then each person's counts by area. Built as a syntax tree (`markdown-tree.ts`): a name cannot
 * become a heading, a row or a link. The team view loads this module when the Markdown is
 * downloaded: the Markdown writer is most of its weight.
 */
import { heading, list, paragraph, table, text, writeMarkdown } from '../io/markdown-tree.ts';
import type { AssessmentData } from './items.ts';
import { COUNT_LABELS, COUNTED, countsText, type TeamRow } from './team.ts';

const differText = (row: TeamRow) => (row.differ ? `${row.differ.items} (with ${row.differ.reviewer})` : 'no second assessor');
const gapText = (row: TeamRow) => (row.gap ? `${row.gap.consistently} of ${row.gap.items} consistently` : 'no target');

export function teamMarkdown(data: AssessmentData, rows: readonly TeamRow[]): string {
	const head = ['Name', 'Role', 'Target', 'Release', ...COUNTED.map((kind) => COUNT_LABELS[kind]), 'Differ', 'Gap to target'];
	const body = rows.map((row) => [row.name, row.role, row.target ?? '', row.release, ...COUNTED.map((kind) => String(row.total[kind])), differText(row), gapText(row)]);
	return writeMarkdown([
		heading(1, `${data.ladder}: team view`),
		table(
			head.map(() => null),
			[head, ...body],
		),
		...rows.flatMap((row) => [heading(2, `${row.name}, ${row.role}`), list(row.areas.map((area) => [paragraph(text(`${area.name}: ${countsText(area.counts)}`))]))]),
	]);
}

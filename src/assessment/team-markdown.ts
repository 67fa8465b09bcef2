/**
 * The team view's table as Markdown, for the notes of a calibration meeting: a row per person,
 * then each person's counts by area. Built as a syntax tree (`markdown-tree.ts`): a name cannot
 * become a heading, a row or a link. The team view loads this module when the Markdown is
 * downloaded: the Markdown writer is most of its weight.
 */
import { heading, list, paragraph, table, text, writeMarkdown } from '../io/markdown-tree.ts';
import type { AssessmentData } from './items.ts';
import { COUNTED, countLabel, countsText, type TeamRow } from './team.ts';
import type { AssessmentWords } from '../messages/catalogue.ts';
import { say } from '../messages/say.ts';

const differText = (words: AssessmentWords, row: TeamRow) => (row.differ ? say(words, 'team.differs-with', { count: row.differ.items, reviewer: row.differ.reviewer }) : words['team.no-reviewer-lower']);
const gapText = (words: AssessmentWords, row: TeamRow) => (row.gap ? say(words, 'team.gap-of', { consistently: row.gap.consistently, items: row.gap.items }) : words['team.no-target-lower']);

export function teamMarkdown(data: AssessmentData, rows: readonly TeamRow[]): string {
	const { words } = data;
	const head = [
		...(['team.name', 'team.role', 'team.target', 'team.release'] as const).map((id) => words[id]),
		...COUNTED.map((kind) => countLabel(words, kind)),
		words['team.differ'],
		words['team.gap'],
	];
	const body = rows.map((row) => [row.name, row.role, row.target ?? '', row.release, ...COUNTED.map((kind) => String(row.total[kind])), differText(words, row), gapText(words, row)]);
	return writeMarkdown([
		heading(1, say(words, 'team.heading', { ladder: data.ladder })),
		table(
			head.map(() => null),
			[head, ...body],
		),
		...rows.flatMap((row) => [heading(2, `${row.name}, ${row.role}`), list(row.areas.map((area) => [paragraph(text(`${area.name}: ${countsText(data.words, area.counts)}`))]))]),
	]);
}

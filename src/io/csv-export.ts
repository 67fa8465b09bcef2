/**
 * The ladder as a spreadsheet (`/matrix.csv`), in the layout of `csv-layout.ts`. Quoting is the
 * CSV library's, never hand-rolled.
 */
import { stringify } from 'csv-stringify/sync';
import type { Ladder } from '../model/ladder/types.ts';
import { writeLevelCell } from './criteria-cell.ts';
import { DESCRIPTION, FIXED_COLUMNS, LEVEL_NAMES, ROLE_HEADER_ROWS, writeLevelNames } from './csv-layout.ts';
import { BOM, CSV_FORMAT, writeCell } from './spreadsheet-cell.ts';
import { joinIds } from './workbook-layout.ts';

/** The ladder as CSV: UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting. */
export function ladderToCsv(ladder: Ladder): string {
	const roles = ladder.roles;
	const levelLabel = new Map(ladder.levels.map((level) => [level.id, level.label]));
	const blanks = (count: number) => Array.from({ length: count }, () => '');
	const afterRoles = blanks(2 + ladder.levels.length);
	const trackNames = new Map(ladder.tracks.map((track) => [track.id, writeLevelNames(track.levelLabels, ladder.levels)]));
	// What the author wrote, file links and all: a sheet comes back through `ladder import`.
	const written = (text: string) => ladder.writtenTexts.get(text) ?? text;
	const rows: string[][] = [
		[...FIXED_COLUMNS, ...roles.map((r) => r.title), DESCRIPTION, LEVEL_NAMES, ...ladder.levels.map((l) => l.label)],
		['', '', ROLE_HEADER_ROWS[0], ...roles.map((r) => r.id), ...afterRoles],
		// A role tracks share names them all, one a line, as the workbook does.
		['', '', ROLE_HEADER_ROWS[1], ...roles.map((r) => joinIds(r.trackIds)), ...afterRoles],
		['', '', ROLE_HEADER_ROWS[2], ...roles.map((r) => String(r.grade)), ...afterRoles],
		['', '', ROLE_HEADER_ROWS[3], ...roles.map((r) => r.summary ?? ''), ...afterRoles],
		['', '', ROLE_HEADER_ROWS[4], ...roles.map((r) => trackNames.get(r.trackId) ?? ''), ...afterRoles],
	];
	for (const area of ladder.areas) {
		for (const id of area.competencyIds) {
			const competency = ladder.competencies.find((c) => c.id === id)!;
			const cells = roles.map((role) => {
				const expectation = role.expectations.find((e) => e.competencyId === id);
				// The level's name, and the role's note on it on the lines below: a note is part of what the role expects.
				if (!expectation) return '';
				const label = levelLabel.get(expectation.levelId) ?? '';
				return expectation.note ? `${label}\n${written(expectation.note)}` : label;
			});
			const descriptors = ladder.levels.map((level) => {
				const descriptor = competency.descriptors.get(level.id);
				if (!descriptor) return '';
				return writeLevelCell({ ...descriptor, criteria: descriptor.criteria.map((c) => ({ ...c, text: written(c.text), examples: c.examples.map(written) })) });
			});
			rows.push([area.id, id, competency.name, ...cells, written(competency.description ?? ''), writeLevelNames(competency.labels, ladder.levels), ...descriptors]);
		}
	}
	return BOM + stringify(rows.map((row) => row.map(writeCell)), CSV_FORMAT);
}

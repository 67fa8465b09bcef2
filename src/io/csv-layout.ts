/**
 * The layout of `/matrix.csv`, shared by its export and its import. One row per competency, one
 * column per role; a few header rows carry what a role needs to exist (id, track, grade, summary)
 * and a few columns what a competency needs (description, a descriptor per level), so a sheet
 * edited in a spreadsheet tool can be imported again.
 */

/**
 * The header rows under the title row, named in the third column. The last, each role's track's
 * own names for levels (`levelLabels`), came later: a sheet without it is still read.
 */
export const ROLE_HEADER_ROWS = ['Role id', 'Track', 'Grade', 'Summary', 'Track level names'] as const;
/** How many of the header rows a sheet must have: the ones every sheet has had. */
export const REQUIRED_HEADER_ROWS = 4;
/**
 * The first column names each competency's area by its id: two tracks' areas may share a name
 * ("Impact"), and an id is how a sheet comes back into the same area. A sheet made before, whose
 * first column is `Area` (the name), is still read, by name.
 */
export const FIXED_COLUMNS = ['Area id', 'Competency id', 'Competency'] as const;
export const AREA_BY_NAME = 'Area';
export const DESCRIPTION = 'Description';
/**
 * After `Description`, a competency's own names for levels (`labels`), one `<level>: <name>` a
 * line, the level by the scale's label as in role cells. A sheet without the column is still read.
 */
export const LEVEL_NAMES = 'Level names';

/** Level names as a cell: `Level 2: Specializes`, a line each, in the scale's order. */
export function writeLevelNames(names: ReadonlyMap<string, string>, levels: readonly { id: string; label: string }[]): string {
	return levels.flatMap((level) => (names.has(level.id) ? [`${level.label}: ${names.get(level.id)}`] : [])).join('\n');
}

/** A1-style column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
	let name = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
	return name;
}

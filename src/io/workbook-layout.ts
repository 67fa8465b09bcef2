/**
 * The layout of the ladder's workbook (`/ladder.xlsx`), shared by its export and its import. One
 * sheet per kind of thing, one row per thing, and a column per key of the content format, named
 * as the key is in the files: a person who knows the files knows the workbook, and the other way
 * round. Keys with one value per level of the scale (`labels`, `levelLabels`) get a column per
 * level, `labels.<level-id>`; a criterion's examples a column each, `examples.1`, `examples.2`, ….
 */

export const SHEETS = {
	ladder: { name: 'Ladder', columns: ['name', 'organization', 'description', 'lint.strict'], later: ['review.strict', 'hiring.minutes', 'hiring.perCompetency', 'language', 'translations'] },
	levels: { name: 'Levels', columns: ['id', 'label', 'description'] },
	/** The groups of tracks, where the ladder has them. */
	groups: { name: 'Groups', columns: ['id', 'name', 'description'], since: 'groups' },
	tracks: { name: 'Tracks', columns: ['id', 'name', 'description', 'areas'], later: ['group'], perLevel: 'levelLabels' },
	areas: { name: 'Areas', columns: ['id', 'file', 'name', 'order', 'description'] },
	competencies: { name: 'Competencies', columns: ['area', 'id', 'name', 'description'], perLevel: 'labels' },
	descriptors: { name: 'Descriptors', columns: ['competency', 'level', 'descriptor'] },
	criteria: { name: 'Criteria', columns: ['competency', 'level', 'id', 'text'], numbered: 'examples' },
	roles: {
		name: 'Roles',
		columns: ['id', 'file', 'title', 'track', 'grade', 'summary', 'scope', 'experience', 'education', 'next', 'baseline'],
		/** A role several tracks share fills `tracks` (ids, one a line) in place of `track`. `hiring`: `false`, or empty. */
		later: ['tracks', 'hiring', 'hiring.minutes', 'hiring.perCompetency'],
	},
	skills: { name: 'Skills', columns: ['role', 'group', 'skill'] },
	expectations: { name: 'Expectations', columns: ['role', 'competency', 'level', 'note'] },
	bodies: { name: 'Bodies', columns: ['role', 'body'] },
	/** Interview questions, one a row; `followUps` and `lookFor` one item a line. */
	questions: { name: 'Questions', columns: ['competency', 'level', 'id', 'text', 'minutes', 'followUps', 'lookFor'], since: 'hiring' },
	/** `review.ignore`: the review's findings the authors keep, one a row. */
	review: { name: 'Review', columns: ['rule', 'id', 'reason'], since: 'the review' },
} as const satisfies Record<string, SheetLayout>;

export interface SheetLayout {
	name: string;
	columns: readonly string[];
	/** A key with a value per level: one column per level of the scale, after the fixed ones. */
	perLevel?: string;
	/** A list of texts: one column per item, as many as the longest list needs. */
	numbered?: string;
	/** Columns added after workbooks were first exported: written always, read where present. */
	later?: readonly string[];
	/** A sheet added after workbooks were first exported (named for what came then): read where present, else empty. */
	since?: string;
}

export type SheetKey = keyof typeof SHEETS;

/** The column for a level's value of a per-level key: `labels.senior`. */
export function levelColumn(key: string, levelId: string): string {
	return `${key}.${levelId}`;
}

/** The column for a list's nth item, counted from 1: `examples.2`. */
export function numberedColumn(key: string, n: number): string {
	return `${key}.${n}`;
}

/**
 * A list of ids in one cell (a track's `areas`, a role's `next` or `tracks`): one id per line, as a person
 * types them in a spreadsheet cell. Commas are read too.
 */
export function joinIds(ids: readonly string[]): string {
	return ids.join('\n');
}

/**
 * A role's `next: []` (the top of its path, where the ladder would otherwise take the next grade
 * up) is not the same as no `next` at all: its cell says so in words, where an empty cell is no key.
 */
export const NO_NEXT = '(none)';

export function splitIds(cell: string): string[] {
	return cell
		.split(/[\n,]/)
		.map((id) => id.trim())
		.filter(Boolean);
}

/**
 * A spreadsheet cell holds at most 32,767 characters (Excel's limit, which other programs keep).
 * A longer role body is written over several rows of the Bodies sheet, which the import joins.
 */
export const CELL_LIMIT = 32_767;

/** A text in pieces that each fit a cell, split after a line break where one is near. */
export function cellPieces(text: string, limit = CELL_LIMIT): string[] {
	const pieces: string[] = [];
	let rest = text;
	while (rest.length > limit) {
		const lineEnd = rest.lastIndexOf('\n', limit - 1);
		let cut = lineEnd > limit / 2 ? lineEnd + 1 : limit;
		// Never between the two halves of a character outside the Basic Multilingual Plane (an emoji).
		if (/[\uD800-\uDBFF]/.test(rest.charAt(cut - 1))) cut--;
		pieces.push(rest.slice(0, cut));
		rest = rest.slice(cut);
	}
	pieces.push(rest);
	return pieces;
}

/** Every kind of problem a spreadsheet import can have, with its message, in one place. */
export const sheetProblems = {
	empty: () => 'the file is empty',
	notUtf8: () =>
		'is not UTF-8 text, so its accents would be garbled: save it as "CSV UTF-8 (Comma delimited)" (Excel) or with UTF-8 encoding, and import that',
	semicolons: () =>
		'is separated by semicolons, not commas (a spreadsheet set to a European locale writes that): save it as CSV with commas, or change the list separator, and import that',
	unreadable: (detail: string) => `is not valid CSV: ${detail}`,
	badHeader: (expected: string, found: string) => `expected "${expected}", found "${found}"`,
	noDescriptionColumn: () => 'no "Description" column after the role columns',
	levelColumns: (expected: readonly string[]) => `the descriptor columns must be the levels, lowest first: ${expected.join(', ')}`,
	ragged: (cells: number, expected: number) => `has ${cells} cells, but the header has ${expected}`,
	missing: (what: string) => `${what} is empty`,
	badId: (id: string) => `"${id}" is not a valid id: use lowercase letters, digits and single hyphens`,
	duplicateRole: (id: string, firstColumn: string) => `role "${id}" already has column ${firstColumn}`,
	duplicateCompetency: (id: string, firstRow: number) => `competency "${id}" already has row ${firstRow}`,
	unknownTrack: (id: string, known: readonly string[]) => `unknown track "${id}"; the tracks are: ${known.join(', ')}`,
	badGrade: (value: string) => `grade "${value}" is not a whole number`,
	badAreaId: (id: string) =>
		`"${id}" is not an area id: write the id of an area (its file name in competencies/, such as technical-craft), or a new one in lowercase letters, digits and hyphens`,
	ambiguousArea: (name: string, ids: readonly string[]) =>
		`two areas are named "${name}" (${ids.join(', ')}): export the sheet again, which names areas by id, or write the id in this column`,
	badAreaName: (name: string) =>
		`"${name}" cannot name a new area: give it letters or digits, from which its file name (competencies/<id>.yaml) is made`,
	noDescriptor: () => 'describes the competency at no level: write what it looks like at least at one level',
	unknownLevel: (label: string, known: readonly string[]) => `unknown level "${label}"; the levels are: ${known.join(', ')}`,
	badLevelName: (line: string, known: readonly string[]) =>
		`"${line}" is not "<level>: <name>": write a level of the scale (${known.join(', ')}), a colon and the name, one a line`,
	trackNamesDiffer: (track: string, firstColumn: string) =>
		`the level names differ from column ${firstColumn}'s, another role of track "${track}": a track has one set of names, so give its roles the same`,
} as const;

/** Every kind of problem a workbook (.xlsx) import can have, beyond a CSV's. */
export const workbookProblems = {
	unreadable: (detail: string) =>
		`is not a workbook this import can read (${detail}): save it from your spreadsheet program as "Excel Workbook (.xlsx)", or export it again with npm run ladder -- export --format xlsx`,
	tooLarge: (bound: number) =>
		`is not a workbook of a ladder: its sheets would take more than ${Math.round(bound / 1024 / 1024)} MB once unpacked, far more than any ladder's, so it is not read. Export the ladder again with npm run ladder -- export --format xlsx, and make your changes in that file`,
	unknownSheet: (known: readonly string[]) =>
		`is not a sheet of the ladder's workbook, so the import would leave what it holds out: move what it says into the sheets the import reads (${known.join(', ')}), or remove the sheet`,
	missingSheet: (name: string) => `has no sheet named "${name}": every sheet of the exported workbook is needed, even an empty one; restore it from a fresh export`,
	badColumn: (expected: string, found: string) =>
		found ? `is headed "${found}", but this column is "${expected}": give it back its name (columns are the keys of the content files)` : `is missing its header "${expected}": columns are the keys of the content files`,
	unknownColumn: (found: string, expected: string) => `"${found}" is not a column of this sheet: ${expected}`,
	formula: () => 'is a formula: the workbook holds text only, so type the value itself (or start it with an apostrophe)',
	notText: (kind: string) => `is a ${kind}, not text: format the cell as text and type the value again`,
	oneRow: (found: number) => `has ${found} rows of values, but the ladder is one: keep exactly one row under the header`,
	missing: (what: string) => `${what} is empty`,
	badId: (id: string) => `"${id}" is not a valid id: use lowercase letters, digits and single hyphens`,
	duplicate: (kind: string, id: string, firstRow: number) => `${kind} "${id}" is used twice: it is already on row ${firstRow}`,
	unknown: (kind: string, id: string, known: string) => `unknown ${kind} "${id}"${known}`,
	notWhole: (value: string) => `"${value}" is not a whole number`,
	notBoolean: (value: string) => `"${value}" is not true or false`,
	badFile: (file: string, id: string, extensions: readonly string[]) =>
		`"${file}" cannot be this file's name: write ${extensions.map((extension) => `${id}${extension}`).join(' or ')}, or leave the cell empty`,
	bothForms: (competency: string, level: string, descriptorRow: number) =>
		`competency "${competency}" at level "${level}" has a descriptor on the Descriptors sheet (row ${descriptorRow}) and criteria here: a level is described by one or the other`,
	gapInExamples: () => 'is empty, but an example follows it: write the examples from examples.1 on, without gaps',
	noBody: () => 'names no role: each row of Bodies belongs to a role of the Roles sheet',
} as const;

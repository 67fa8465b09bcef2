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
} as const;

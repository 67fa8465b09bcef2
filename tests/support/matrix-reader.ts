import { fold } from './built-pages.ts';

/**
 * Reads a built matrix table back into (role, competency, level label) triples, using only the
 * table's own headers: which column is which role, which row is which competency.
 */
export function readMatrix(document: Document) {
	const table = document.querySelector('table.matrix');
	const idFromLink = (cell: Element | null | undefined) =>
		/\/(?:roles|competencies)\/([^/]+)\//.exec(cell?.querySelector('a')?.getAttribute('href') ?? '')?.[1];
	const roleIds = [...(table?.querySelectorAll('thead .matrix-roles th') ?? [])].map(idFromLink);
	const cells: { roleId: string; competencyId: string; level: string }[] = [];
	const empty: { roleId: string; competencyId: string; text: string }[] = [];
	for (const row of table?.querySelectorAll('tbody tr:not(.matrix-area)') ?? []) {
		const competencyId = idFromLink(row.querySelector('th[scope="row"]')) ?? '';
		[...row.querySelectorAll('td')].forEach((td, column) => {
			const roleId = roleIds[column] ?? '';
			const label = td.querySelector('a.matrix-cell');
			if (label) cells.push({ roleId, competencyId, level: fold(label.textContent) });
			else empty.push({ roleId, competencyId, text: fold(td.textContent) });
		});
	}
	return { roleIds, cells, empty };
}

/**
 * `ladder import <file.xlsx>`: makes the ladder the workbook's, all or nothing (`content-copy.ts`).
 * The workbook carries every key of `ladder.yaml`, the area files and the role files, bodies too,
 * so the files become what it says: changed keys are set where they are (the rest of a file keeps
 * its formatting and comments), new files are written, and area and role files the workbook no
 * longer has are removed. Guides, images and releases are not in the workbook and stay as they are.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseWorkbook } from '../io/workbook-import.ts';
import type { LadderFiles } from '../model/files/ladder-files.ts';
import { LadderError, problems, WHOLE_FILE } from '../model/files/problems.ts';
import { CONTENT_LAYOUT } from '../model/files/read-content.ts';
import { changeInCopy, emptySummary, sameData, type ImportOptions, type ImportSummary } from './content-copy.ts';
import { readYamlData, writeRoleData, writeYamlData } from './write-files.ts';

export async function importWorkbook(dir: string, workbookFile: string, options: ImportOptions): Promise<ImportSummary> {
	if (!existsSync(workbookFile)) throw new LadderError([{ file: workbookFile, field: WHOLE_FILE, message: problems.missingFile() }]);
	options.progress(`Reading ${workbookFile}`);
	const { files, problems: found } = await parseWorkbook(readFileSync(workbookFile), workbookFile);
	if (!files) throw new LadderError(found);
	options.progress(`Read ${files.roles.length} roles and ${files.areas.length} areas`);
	// A workbook can start a ladder: a missing folder is made, and removed again if the import is refused.
	const made = !existsSync(dir);
	if (made) mkdirSync(dir, { recursive: true });
	try {
		return changeInCopy(dir, options, (copy) => applyWorkbook(copy, files));
	} catch (error) {
		if (made) rmdirSync(dir);
		throw error;
	} finally {
		if (made && options.dryRun && existsSync(dir)) rmdirSync(dir);
	}
}

function applyWorkbook(dir: string, files: LadderFiles): ImportSummary {
	const summary = emptySummary();
	const changed = (file: string, fields: string[]) => fields.length > 0 && summary.changes.set(file, [...(summary.changes.get(file) ?? []), ...fields]);

	const ladderName = CONTENT_LAYOUT.ladder;
	changed(ladderName, writeYamlData(join(dir, ladderName), files.ladder as unknown as Record<string, unknown>));

	const areasFolder = CONTENT_LAYOUT.areas.folder;
	for (const area of files.areas) {
		const name = join(areasFolder, area.file);
		const before = readYamlData(join(dir, name));
		const beforeIds = new Map((Array.isArray(before?.['competencies']) ? (before['competencies'] as { id?: unknown }[]) : []).map((item) => [item.id, item]));
		for (const competency of area.data.competencies) {
			const earlier = beforeIds.get(competency.id);
			if (!earlier) summary.competenciesCreated++;
			else if (!sameData(earlier, competency)) summary.competenciesUpdated++;
		}
		changed(name, writeYamlData(join(dir, name), area.data as unknown as Record<string, unknown>));
	}
	for (const file of removeOthers(join(dir, areasFolder), files.areas.map((area) => area.file), CONTENT_LAYOUT.areas.extensions)) {
		summary.areasRemoved++;
		changed(join(areasFolder, file), ['(removed)']);
	}

	const rolesFolder = CONTENT_LAYOUT.roles.folder;
	for (const role of files.roles) {
		const name = join(rolesFolder, role.file);
		const fields = writeRoleData(join(dir, name), role.data as unknown as Record<string, unknown>, role.body);
		if (fields.length === 0) continue;
		summary[fields[0] === '(new role)' ? 'rolesCreated' : 'rolesUpdated']++;
		changed(name, fields);
	}
	for (const file of removeOthers(join(dir, rolesFolder), files.roles.map((role) => role.file), CONTENT_LAYOUT.roles.extensions)) {
		summary.rolesRemoved++;
		changed(join(rolesFolder, file), ['(removed)']);
	}
	return summary;
}

/** Removes the folder's files of these extensions that are not in `keep`; returns their names. */
function removeOthers(folder: string, keep: readonly string[], extensions: readonly string[]): string[] {
	if (!existsSync(folder)) return [];
	const removed = readdirSync(folder).filter((name) => extensions.some((extension) => name.toLowerCase().endsWith(extension)) && !keep.includes(name));
	for (const name of removed) rmSync(join(folder, name));
	return removed;
}

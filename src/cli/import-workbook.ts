/**
 * `ladder import <file.xlsx>`: makes the ladder the workbook's, all or nothing (`content-copy.ts`).
 * The workbook carries every key of `ladder.yaml`, the area files and the role files, bodies too,
 * so the files become what it says: changed keys are set where they are (the rest of a file keeps
 * its formatting and comments), new files are written, and area and role files the workbook no
 * longer has are removed. Guides, images and releases are not in the workbook and stay as they are.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { parseWorkbook } from '../io/workbook-import.ts';
import type { LadderFiles } from '../model/files/ladder-files.ts';
import { LadderError, problems, WHOLE_FILE } from '../model/files/problems.ts';
import { CONTENT_LAYOUT } from '../model/files/read-content.ts';
import { changeInCopy, emptySummary, readRoleFile, rewriteRoleFile, rewriteYamlFile, sameData, writeInFolder, YAML_OUTPUT, type ImportOptions, type ImportSummary } from './content-copy.ts';

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
	changed(ladderName, writeYaml(join(dir, ladderName), files.ladder as unknown as Record<string, unknown>));

	const areasFolder = CONTENT_LAYOUT.areas.folder;
	for (const area of files.areas) {
		const name = join(areasFolder, area.file);
		const before = readYaml(join(dir, name));
		const beforeIds = new Map((Array.isArray(before?.['competencies']) ? (before['competencies'] as { id?: unknown }[]) : []).map((item) => [item.id, item]));
		for (const competency of area.data.competencies) {
			const earlier = beforeIds.get(competency.id);
			if (!earlier) summary.competenciesCreated++;
			else if (!sameData(earlier, competency)) summary.competenciesUpdated++;
		}
		changed(name, writeYaml(join(dir, name), area.data as unknown as Record<string, unknown>));
	}
	for (const file of removeOthers(join(dir, areasFolder), files.areas.map((area) => area.file), CONTENT_LAYOUT.areas.extensions)) {
		summary.areasRemoved++;
		changed(join(areasFolder, file), ['(removed)']);
	}

	const rolesFolder = CONTENT_LAYOUT.roles.folder;
	for (const role of files.roles) {
		const name = join(rolesFolder, role.file);
		const file = join(dir, name);
		const created = !existsSync(file);
		const read = created ? undefined : readRoleFile(file);
		const data = role.data as unknown as Record<string, unknown>;
		const document = read && isMap(read.document.contents) ? read.document : new Document(data);
		const fields = created ? ['(new role)'] : document === read?.document ? updateMap(document, document.contents as YAMLMap, data, '') : ['(frontmatter)'];
		const body = read?.body;
		if (body !== undefined && body !== role.body) fields.push('body');
		if (fields.length === 0) continue;
		// An existing file is changed in place; a new one, or one whose frontmatter was not a mapping, written whole.
		writeInFolder(file, read && document === read.document ? rewriteRoleFile(read, role.body) : `---\n${document.toString(YAML_OUTPUT)}---\n${role.body}`);
		summary[created ? 'rolesCreated' : 'rolesUpdated']++;
		changed(name, fields);
	}
	for (const file of removeOthers(join(dir, rolesFolder), files.roles.map((role) => role.file), CONTENT_LAYOUT.roles.extensions)) {
		summary.rolesRemoved++;
		changed(join(rolesFolder, file), ['(removed)']);
	}
	return summary;
}

/** Makes a YAML file hold `data`, changing only what differs; returns the fields it changed. */
function writeYaml(file: string, data: Record<string, unknown>): string[] {
	if (!existsSync(file)) {
		writeInFolder(file, new Document(data).toString(YAML_OUTPUT));
		return ['(new file)'];
	}
	const original = readFileSync(file, 'utf8');
	const document = parseDocument(original);
	if (!isMap(document.contents)) {
		writeInFolder(file, new Document(data).toString(YAML_OUTPUT));
		return ['(whole file)'];
	}
	const fields = updateMap(document, document.contents, data, '');
	if (fields.length > 0) writeInFolder(file, rewriteYamlFile(original, document));
	return fields;
}

function readYaml(file: string): Record<string, unknown> | undefined {
	if (!existsSync(file)) return undefined;
	const data: unknown = parseDocument(readFileSync(file, 'utf8')).toJSON();
	return data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
}

/**
 * Sets each key of `map` to `data`'s value where they differ, and removes keys `data` lacks; a
 * mapping inside (a role's `expectations`) is updated key by key, and a list of competencies item
 * by item, so what did not change keeps its formatting. Returns the changed fields' paths.
 */
function updateMap(document: Document, map: YAMLMap, data: Record<string, unknown>, path: string): string[] {
	const fields: string[] = [];
	const current = map.toJSON() as Record<string, unknown>;
	for (const key of new Set([...Object.keys(current), ...Object.keys(data)])) {
		const field = path ? `${path}.${key}` : key;
		const [before, after] = [current[key], data[key]];
		if (sameData(before, after)) continue;
		const node = map.get(key, true);
		if (after === undefined) {
			map.delete(key);
			fields.push(field);
		} else if (isMap(node) && isPlainObject(after) && !path) {
			fields.push(...updateMap(document, node, after, field));
		} else if (isSeq(node) && key === 'competencies' && Array.isArray(after) && Array.isArray(before) && sameIds(before, after)) {
			after.forEach((item, index) => {
				if (sameData(before[index], item)) return;
				node.items[index] = document.createNode(item);
				fields.push(`${(item as { id: string }).id}`);
			});
		} else {
			map.set(key, document.createNode(after));
			fields.push(field);
		}
	}
	return fields;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return Boolean(value) && typeof value === 'object' && !Array.isArray(value);
}

function sameIds(a: unknown[], b: unknown[]): boolean {
	const ids = (list: unknown[]) => list.map((item) => (isPlainObject(item) ? item['id'] : undefined)).join('\u0000');
	return a.length === b.length && ids(a) === ids(b);
}

/** Removes the folder's files of these extensions that are not in `keep`; returns their names. */
function removeOthers(folder: string, keep: readonly string[], extensions: readonly string[]): string[] {
	if (!existsSync(folder)) return [];
	const removed = readdirSync(folder).filter((name) => extensions.some((extension) => name.toLowerCase().endsWith(extension)) && !keep.includes(name));
	for (const name of removed) rmSync(join(folder, name));
	return removed;
}

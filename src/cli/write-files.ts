/**
 * The one way an import writes the ladder's files: it is given what a file should hold, and
 * changes only what differs, where it is. A changed key is set in place; a mapping inside (a role's
 * `expectations`, a track) is updated key by key, and a list of items with ids (competencies,
 * tracks, levels) item by item, so that everything that did not change keeps its bytes: its
 * folding, quoting and comments. Both imports (a sheet, a workbook) decide what a file should hold
 * and leave the writing to this.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Document, isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { readRoleFile, rewriteRoleFile, rewriteYamlFile, sameData, writeInFolder, YAML_OUTPUT } from './content-copy.ts';

/** A YAML file's data as written, or `undefined` where there is no file or no mapping in it. */
export function readYamlData(file: string): Record<string, unknown> | undefined {
	if (!existsSync(file)) return undefined;
	const data: unknown = parseDocument(readFileSync(file, 'utf8')).toJSON();
	return isPlainObject(data) ? data : undefined;
}

/** A role file's frontmatter as written, and its body; `undefined` where there is no file. */
export function readRoleData(file: string): { data: Record<string, unknown>; body: string } | undefined {
	if (!existsSync(file)) return undefined;
	const { document, body } = readRoleFile(file);
	const data: unknown = document.toJSON();
	return { data: isPlainObject(data) ? data : {}, body };
}

/** Makes a YAML file hold `data`, changing only what differs; returns the fields it changed. */
export function writeYamlData(file: string, data: Record<string, unknown>): string[] {
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

/**
 * Makes a role file hold `data` as its frontmatter and `body` as its body (`undefined`: the body it
 * has); returns the fields it changed, `(new role)` for a file it created.
 */
export function writeRoleData(file: string, data: Record<string, unknown>, body?: string): string[] {
	if (!existsSync(file)) {
		writeInFolder(file, `---\n${new Document(data).toString(YAML_OUTPUT)}---\n${body ?? '\n'}`);
		return ['(new role)'];
	}
	const read = readRoleFile(file);
	const inPlace = isMap(read.document.contents);
	const document = inPlace ? read.document : new Document(data);
	const fields = inPlace ? updateMap(document, document.contents as YAMLMap, data, '') : ['(frontmatter)'];
	const newBody = body ?? read.body;
	if (newBody !== read.body) fields.push('body');
	if (fields.length === 0) return [];
	// An existing file is changed in place; one whose frontmatter was not a mapping, written whole.
	writeInFolder(file, inPlace ? rewriteRoleFile(read, newBody) : `---\n${document.toString(YAML_OUTPUT)}---\n${newBody}`);
	return fields;
}

/**
 * Sets each key of `map` to `data`'s value where they differ, and removes keys `data` lacks.
 * Returns the changed fields' paths (`expectations.coding`; an item of a list by its id, `coding.levels`).
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
		} else if (isMap(node) && isPlainObject(after) && path.split('.').length < 2) {
			// Two levels down at most: a role's `expectations`, an item's `levels`; deeper, a value is set whole.
			fields.push(...updateMap(document, node, after, field));
		} else if (isSeq(node) && Array.isArray(after) && Array.isArray(before) && sameIds(before, after.slice(0, before.length))) {
			// The same items, some changed, maybe some added at the end (a sheet's new competencies).
			after.forEach((item, index) => {
				const id = String((item as { id: string }).id);
				if (index >= before.length) {
					node.items.push(document.createNode(item));
					fields.push(id);
					return;
				}
				if (sameData(before[index], item)) return;
				const itemNode = node.items[index];
				if (isMap(itemNode) && isPlainObject(item)) fields.push(...updateMap(document, itemNode, item, id));
				else {
					node.items[index] = document.createNode(item);
					fields.push(id);
				}
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

/** Whether two lists hold items with the same ids, in the same order (a list of competencies, of tracks). */
function sameIds(a: unknown[], b: unknown[]): boolean {
	const ids = (list: unknown[]) => list.map((item) => (isPlainObject(item) && typeof item['id'] === 'string' ? item['id'] : '\u0000'));
	const [x, y] = [ids(a), ids(b)];
	return a.length === b.length && a.length > 0 && x.every((id, index) => id !== '\u0000' && id === y[index]);
}

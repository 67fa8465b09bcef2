/**
 * The line of a file where a field stands, for messages an editor can follow: a problem names a
 * field as a path (`competencies[0].levels.leading`, `expectations.coding`), and this finds the
 * line of its key in the file's YAML (a role's frontmatter starts on the file's second line).
 * Read only when a problem is shown, and each file once.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

const documents = new Map<string, { document: ReturnType<typeof parseDocument>; lines: LineCounter; offset: number; mtime: number } | undefined>();

export function fieldLine(file: string, field: string): number | undefined {
	// `(file)`, `body, line N` and an image's `line N` name no field of the YAML.
	if (field.startsWith('(') || field.startsWith('body') || field.startsWith('line ')) return undefined;
	const read = readDocument(file);
	if (!read) return undefined;
	let node: unknown = read.document.contents;
	let at: number | undefined;
	for (const key of fieldPath(field)) {
		if (isMap(node)) {
			const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
			if (!pair) break;
			at = (pair.key as { range?: [number, number, number] }).range?.[0];
			node = pair.value;
		} else if (isSeq(node) && typeof key === 'number') {
			const item = node.items[key] as { range?: [number, number, number] } | undefined;
			if (!item) break;
			at = item.range?.[0];
			node = item;
		} else break;
	}
	return at === undefined ? undefined : read.lines.linePos(at).line + read.offset;
}

/** `competencies[0].levels.leading` → ['competencies', 0, 'levels', 'leading']. */
function fieldPath(field: string): (string | number)[] {
	return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) => (match[2] !== undefined ? Number(match[2]) : match[1]!));
}

function readDocument(file: string) {
	if (!existsSync(file) || !statSync(file).isFile()) return undefined;
	const mtime = statSync(file).mtimeMs;
	const cached = documents.get(file);
	if (cached && cached.mtime === mtime) return cached;
	const text = readFileSync(file, 'utf8');
	const frontmatter = ['.md', '.mdx'].includes(extname(file)) ? /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] : text;
	const lines = new LineCounter();
	const read = frontmatter === undefined ? undefined : { document: parseDocument(frontmatter, { lineCounter: lines }), lines, offset: frontmatter === text ? 0 : 1, mtime };
	documents.set(file, read);
	return read;
}

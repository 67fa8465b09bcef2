import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseDocument } from 'yaml';
import { GuideSchema } from '../schemas/guide.ts';
import { IdSchema } from '../schemas/id.ts';
import { problems, WHOLE_FILE, type Problem } from './problems.ts';
import { proseProblems } from './prose.ts';
import { formatPath, parseWithProblems } from './schema-problems.ts';
import type { LadderSource, SourceFile } from './source.ts';

/** The file layout of a ladder's content folder. */
export const CONTENT_LAYOUT = {
	ladder: 'ladder.yaml',
	areas: { folder: 'competencies', extensions: ['.yaml', '.yml'], describe: 'a .yaml competency area file' },
	roles: { folder: 'roles', extensions: ['.mdx', '.md'], describe: 'an .mdx role file' },
	guides: { folder: 'docs', extensions: ['.mdx', '.md'] },
} as const;

/**
 * Reads a ladder's content folder from disk: YAML files and role frontmatter, parsed but not yet
 * validated. Problems that stop a file being read at all (bad YAML, a bad file name) are returned
 * beside the source, so the validator can still report everything else.
 */
export function readContent(dir: string): { source: LadderSource; problems: Problem[]; guides: GuideFile[] } {
	const found: Problem[] = [];
	const ladderFile = join(dir, CONTENT_LAYOUT.ladder);
	const ladder: SourceFile = { id: 'ladder', file: ladderFile, data: undefined };
	if (existsSync(ladderFile)) ladder.data = parseYaml(readFileSync(ladderFile, 'utf8'), ladderFile, found);
	else found.push({ file: ladderFile, field: WHOLE_FILE, message: problems.missingFile() });

	const areas = listFiles(dir, CONTENT_LAYOUT.areas, found).map(({ unread, ...file }) => ({
		...file,
		data: unread ? undefined : parseYaml(readFileSync(file.file, 'utf8'), file.file, found),
	}));
	const roles = listFiles(dir, CONTENT_LAYOUT.roles, found).map(({ unread, ...file }) => {
		if (unread) return { ...file, data: undefined };
		const text = readFileSync(file.file, 'utf8');
		const data = parseFrontmatter(text, file.file, found);
		found.push(...bodyProblems(text, file.file, dir));
		return { ...file, data };
	});
	return { source: { ladder, areas, roles, dir }, problems: found, guides: readGuides(dir, found) };
}

/**
 * The guide pages' ids and titles, for the sidebar, with their frontmatter and bodies checked. A
 * guide without a title is listed by its id, beside the problem that says why.
 */
function readGuides(dir: string, found: Problem[]): GuideFile[] {
	const folder = join(dir, CONTENT_LAYOUT.guides.folder);
	if (!existsSync(folder)) return [];
	const names = readdirSync(folder, { recursive: true, encoding: 'utf8' });
	const firstOfName = new Map<string, string>();
	return names
		.filter((name) => !isHidden(name) && hasExtension(name, CONTENT_LAYOUT.guides.extensions))
		.filter((name) => {
			// Two guides whose paths differ only in case are one file on macOS and Windows.
			const key = name.slice(0, -extname(name).length).toLowerCase();
			const other = firstOfName.get(key);
			if (other) found.push({ file: join(folder, name), field: WHOLE_FILE, message: problems.sameNameCase(join(folder, other)) });
			else firstOfName.set(key, name);
			return !other;
		})
		.filter((name) => {
			// The site's guide collection matches extensions exactly: a `.MD` guide would vanish.
			if (!inWrongCase(name, CONTENT_LAYOUT.guides.extensions)) return true;
			found.push({ file: join(folder, name), field: WHOLE_FILE, message: problems.extensionCase(basename(name), lowerExtension(basename(name))) });
			return false;
		})
		.map((name) => {
			const id = `guides/${name.slice(0, -extname(name).length)}`;
			const text = readFileSync(join(folder, name), 'utf8');
			const data = parseFrontmatter(text, join(folder, name), found);
			found.push(...parseWithProblems(GuideSchema, data, join(folder, name)).problems);
			found.push(...bodyProblems(text, join(folder, name), dir));
			const title = (data as { title?: unknown } | undefined)?.title;
			return { id, title: typeof title === 'string' ? title : id };
		})
		.sort((a, b) => a.title.localeCompare(b.title));
}

/** Parses a YAML document, reporting syntax errors with their line; `undefined` when it fails. */
export function parseYaml(text: string, file: string, found: Problem[], lineOffset = 0): unknown {
	// As the site's build reads YAML (js-yaml's default schema): YAML 1.2 with dates and merge keys,
	// so a value that the build reads as a date is a date here too, not a string.
	const document = parseDocument(text, { uniqueKeys: true, prettyErrors: true, customTags: ['timestamp'], merge: true });
	if (document.errors.length === 0) {
		const data: unknown = document.toJS();
		const reserved = reservedKeyPaths(data);
		for (const path of reserved) found.push({ file, field: formatPath(path), message: problems.reservedKey() });
		return reserved.length > 0 ? undefined : data;
	}
	for (const error of document.errors) {
		const line = error.linePos?.[0];
		const where = line ? ` (line ${line.line + lineOffset}, column ${line.col})` : '';
		found.push({ file, field: WHOLE_FILE, message: problems.yamlSyntax(`${firstLine(error.message)}${where}`) });
	}
	return undefined;
}

/**
 * Where a `__proto__` key stands in parsed YAML. YAML keeps it as a key, but a JavaScript object
 * built from it (by the schema, by the build) would take it as the object's prototype and drop
 * it: an expectation or a skill group would vanish without a word.
 */
function reservedKeyPaths(data: unknown, path: (string | number)[] = []): (string | number)[][] {
	if (Array.isArray(data)) return data.flatMap((item, index) => reservedKeyPaths(item, [...path, index]));
	if (data === null || typeof data !== 'object' || data instanceof Date) return [];
	return Object.keys(data).flatMap((key) =>
		key === '__proto__' ? [[...path, key]] : reservedKeyPaths((data as Record<string, unknown>)[key], [...path, key]),
	);
}

/** The problems of a role's or guide's body, checked as the content it must be (see `prose.ts`). */
function bodyProblems(text: string, file: string, root: string): Problem[] {
	const parts = splitFrontmatter(text);
	const body = parts?.body ?? text;
	// Lines are numbered from the top of the file, as an editor shows them.
	const firstLine = text.slice(0, text.length - body.length).split('\n').length;
	return proseProblems(body, { file, format: extname(file) === '.mdx' ? 'mdx' : 'md', firstLine, root });
}

/** Splits an MDX file into the YAML between its opening `---` lines and the body after them. */
export function splitFrontmatter(text: string): { yaml: string; body: string } | undefined {
	// A byte-order mark may come first, and the block may be empty (`---` twice), as the build allows.
	const match = /^\uFEFF?---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
	return match ? { yaml: match[1] ?? '', body: text.slice(match[0].length) } : undefined;
}

function parseFrontmatter(text: string, file: string, found: Problem[]): unknown {
	const parts = splitFrontmatter(text);
	if (!parts) {
		found.push({ file, field: WHOLE_FILE, message: problems.noFrontmatter() });
		return undefined;
	}
	// The frontmatter starts on the file's second line.
	return parseYaml(parts.yaml, file, found, 1);
}

function listFiles(
	dir: string,
	layout: { folder: string; extensions: readonly string[]; describe: string },
	found: Problem[],
): { id: string; file: string; unread?: boolean }[] {
	const folder = join(dir, layout.folder);
	if (!existsSync(folder)) return [];
	const names = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => !isHidden(name));
	return names.sort().flatMap((name) => {
		const file = join(folder, name);
		if (statSync(file).isDirectory()) return [];
		if (inWrongCase(name, layout.extensions)) {
			found.push({ file, field: WHOLE_FILE, message: problems.extensionCase(name, lowerExtension(name)) });
			// Still listed, unread: what it defines exists, so references to it are not errors too.
			return [{ id: lowerExtension(name).slice(0, -extname(name).length), file, unread: true }];
		}
		if (!hasExtension(name, layout.extensions) || name.includes('/')) {
			found.push({ file, field: WHOLE_FILE, message: problems.unexpectedFile(`${layout.describe} directly in ${layout.folder}/`) });
			return [];
		}
		const id = name.slice(0, -extname(name).length);
		if (!IdSchema.safeParse(id).success) {
			found.push({ file, field: WHOLE_FILE, message: problems.badFileName(id) });
			return [];
		}
		return [{ id, file }];
	});
}

/** A guide page: its id (also its path) and its title. */
export interface GuideFile {
	id: string;
	title: string;
}

/** Whether the name has one of the extensions only when case is ignored (`.MDX` for `.mdx`). */
function inWrongCase(name: string, extensions: readonly string[]): boolean {
	return hasExtension(name, extensions) && !extensions.includes(extname(name));
}

/** The file name with its extension in lowercase, as the site's collections match it. */
function lowerExtension(name: string): string {
	const extension = extname(name);
	return name.slice(0, name.length - extension.length) + extension.toLowerCase();
}

/** Whether the name ends in one of the extensions, in any case (`.MDX` too: see `listFiles`). */
function hasExtension(name: string, extensions: readonly string[]): boolean {
	return extensions.includes(extname(name).toLowerCase());
}

function isHidden(name: string): boolean {
	return name.split('/').some((part) => part.startsWith('.'));
}

/** The error's own words, without the position and excerpt that pretty errors append. */
function firstLine(text: string): string {
	return (text.split('\n')[0] ?? text).replace(/ at line \d+, column \d+:?$/, '');
}

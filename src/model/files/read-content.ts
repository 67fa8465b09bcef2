import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { load as loadYaml, YAMLException } from 'js-yaml';
import { GuideSchema } from '../../schemas/guide.ts';
import { IdSchema } from '../../schemas/id.ts';
import { problems, WHOLE_FILE, type Problem } from './problems.ts';
import { contentFileProblems, staysInside } from './content-files.ts';
import { proseProblems, type BodyLinks } from './prose.ts';
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
export function readContent(dir: string): { source: LadderSource; problems: Problem[]; guides: GuideFile[]; bodies: Map<string, BodyLinks> } {
	const found: Problem[] = existsSync(dir) ? contentFileProblems(dir) : [];
	// Each body's links and heading anchors, by file, for the link check once the ladder resolves.
	const bodies = new Map<string, BodyLinks>();
	const ladderFile = join(dir, CONTENT_LAYOUT.ladder);
	const ladder: SourceFile = { id: 'ladder', file: ladderFile, data: undefined };
	if (existsSync(ladderFile) && !staysInside(dir, ladderFile)) ladder.data = undefined;
	else if (existsSync(ladderFile)) ladder.data = parseYaml(readFileSync(ladderFile, 'utf8'), ladderFile, found);
	else found.push({ file: ladderFile, field: WHOLE_FILE, message: problems.missingFile() });

	const areas = listFiles(dir, CONTENT_LAYOUT.areas, found).map(({ unread, ...file }) => ({
		...file,
		data: unread ? undefined : parseYaml(readFileSync(file.file, 'utf8'), file.file, found),
	}));
	const roles = listFiles(dir, CONTENT_LAYOUT.roles, found).map(({ unread, ...file }) => {
		if (unread) return { ...file, data: undefined };
		const text = readFileSync(file.file, 'utf8');
		const data = parseFrontmatter(text, file.file, found);
		found.push(...bodyProblems(text, file.file, dir, bodies));
		return { ...file, data };
	});
	return { source: { ladder, areas, roles, dir }, problems: found, guides: readGuides(dir, found, bodies), bodies };
}

/**
 * The guide pages' ids and titles, for the sidebar, with their frontmatter and bodies checked. A
 * guide without a title is listed by its id, beside the problem that says why.
 */
function readGuides(dir: string, found: Problem[], bodies: Map<string, BodyLinks>): GuideFile[] {
	const folder = join(dir, CONTENT_LAYOUT.guides.folder);
	if (!existsSync(folder)) return [];
	const names = readdirSync(folder, { recursive: true, encoding: 'utf8' });
	return names
		.filter((name) => !isHidden(name) && hasExtension(name, CONTENT_LAYOUT.guides.extensions))
		// A folder named like a guide, and a file linked from outside, are reported by the folder's walk.
		.filter((name) => staysInside(dir, join(folder, name)) && statSync(join(folder, name)).isFile())
		.filter((name) => {
			// A guide's path is its address: each part follows the id rule, as role file names do.
			const bad = name.slice(0, -extname(name).length).split('/').find((part) => !IdSchema.safeParse(part).success);
			if (bad !== undefined) found.push({ file: join(folder, name), field: WHOLE_FILE, message: problems.badFileName(bad) });
			return bad === undefined;
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
			found.push(...bodyProblems(text, join(folder, name), dir, bodies));
			const title = (data as { title?: unknown } | undefined)?.title;
			return { id, title: typeof title === 'string' ? title : id, file: join(folder, name) };
		})
		.sort((a, b) => a.title.localeCompare(b.title));
}

/**
 * Parses a YAML document exactly as the site's build does (js-yaml's `load`, the library and
 * version Astro's loaders use), so the check and the build can never read a file differently:
 * `!custom x` is refused by both, and `0b101` is the number 5 to both. Syntax errors are reported
 * with their line and a hint for the common causes; `undefined` when the file cannot be read.
 */
export function parseYaml(text: string, file: string, found: Problem[], lineOffset = 0): unknown {
	let data: unknown;
	try {
		// An empty document is `undefined` to js-yaml; here `undefined` means "could not be read".
		data = loadYaml(text, { filename: file }) ?? null;
	} catch (error) {
		if (!(error instanceof YAMLException)) throw error;
		const line = error.mark ? error.mark.line + 1 + lineOffset : undefined;
		const where = line === undefined ? '' : ` (line ${line}, column ${error.mark.column + 1})`;
		found.push({ file, field: WHOLE_FILE, message: problems.yamlSyntax(`${error.reason}${where}${yamlHint(error, text)}`) });
		return undefined;
	}
	if (!withinAliasBound(data)) {
		found.push({ file, field: WHOLE_FILE, message: problems.yamlAliasBomb(MAX_YAML_VALUES) });
		return undefined;
	}
	const reserved = reservedKeyPaths(data);
	for (const path of reserved) found.push({ file, field: formatPath(path), message: problems.reservedKey() });
	return reserved.length > 0 ? undefined : data;
}

/**
 * The most values a file may hold once its aliases are expanded. js-yaml shares an aliased value
 * rather than copying it, so a "billion laughs" file parses at once; but everything after it
 * (the schema, the site's data store) walks it expanded, which would never end.
 */
const MAX_YAML_VALUES = 100_000;

function withinAliasBound(data: unknown): boolean {
	let count = 0;
	const walk = (value: unknown): boolean => {
		if (++count > MAX_YAML_VALUES) return false;
		if (value === null || typeof value !== 'object' || value instanceof Date) return true;
		return (Array.isArray(value) ? value : Object.values(value)).every(walk);
	};
	return walk(data);
}

/** Plain words for the mistakes YAML's own messages do not explain. */
function yamlHint(error: YAMLException, text: string): string {
	const line = error.mark ? (text.split('\n')[error.mark.line] ?? '') : '';
	if (/\t/.test(line) && /^\s*\t/.test(line)) return '. The line is indented with a tab: YAML indents with spaces only';
	if (/bad indentation|end of the stream or a document separator/.test(error.reason)) {
		if (/:\s+[^'"\s][^#]*:\s/.test(line)) return '. A value holds ": ", which YAML reads as a new key: put the value in quotes ("Leads: people")';
		return '. Check the indentation: items of one list or map start in the same column, with spaces';
	}
	if (/incomplete explicit mapping pair|a multiline key may not be an implicit key|can not read a block mapping entry/.test(error.reason)) {
		return '. A value holding ": " or starting with a special character (#, &, *, !, |, >, %, @, `) must be in quotes';
	}
	if (/within a flow collection/.test(error.reason)) return '. A [ or { opened above is not closed: close it, or put the value in quotes';
	if (/unknown tag/.test(error.reason)) return '. A value starting with ! is a YAML tag: put the value in quotes';
	if (/duplicated mapping key/.test(error.reason)) return '. The key is written twice: remove or rename one';
	return '';
}

/**
 * Where a `__proto__` key stands in parsed YAML. YAML keeps it as a key, but a JavaScript object
 * built from it (by the schema, by the build) would take it as the object's prototype and drop
 * it: an expectation or a skill group would vanish without a word.
 */
export function reservedKeyPaths(data: unknown, path: (string | number)[] = []): (string | number)[][] {
	if (Array.isArray(data)) return data.flatMap((item, index) => reservedKeyPaths(item, [...path, index]));
	if (data === null || typeof data !== 'object' || data instanceof Date) return [];
	return Object.keys(data).flatMap((key) =>
		key === '__proto__' ? [[...path, key]] : reservedKeyPaths((data as Record<string, unknown>)[key], [...path, key]),
	);
}

/** The problems of a role's or guide's body, checked as the content it must be (see `prose.ts`). */
export function bodyProblems(text: string, file: string, root: string, bodies: Map<string, BodyLinks>): Problem[] {
	const parts = splitFrontmatter(text);
	const body = parts?.body ?? text;
	// Lines are numbered from the top of the file, as an editor shows them.
	const firstLine = text.slice(0, text.length - body.length).split('\n').length;
	const seen: BodyLinks = { links: [], headings: [], text: body, firstLine };
	bodies.set(file, seen);
	return proseProblems(body, { file, format: extname(file) === '.mdx' ? 'mdx' : 'md', firstLine, root, seen });
}

/** Splits an MDX file into the YAML between its opening `---` lines and the body after them. */
export function splitFrontmatter(text: string): { yaml: string; body: string } | undefined {
	// A byte-order mark may come first, and the block may be empty (`---` twice), as the build allows.
	const match = /^\uFEFF?---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
	return match ? { yaml: match[1] ?? '', body: text.slice(match[0].length) } : undefined;
}

export function parseFrontmatter(text: string, file: string, found: Problem[]): unknown {
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
		// A file linked from outside, or of a kind this folder does not read, is reported by the folder's walk.
		if (!staysInside(dir, file) || statSync(file).isDirectory() || !hasExtension(name, layout.extensions)) return [];
		if (inWrongCase(name, layout.extensions)) {
			found.push({ file, field: WHOLE_FILE, message: problems.extensionCase(name, lowerExtension(name)) });
			// Still listed, unread: what it defines exists, so references to it are not errors too.
			return [{ id: lowerExtension(name).slice(0, -extname(name).length), file, unread: true }];
		}
		if (name.includes('/')) {
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
	file: string;
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

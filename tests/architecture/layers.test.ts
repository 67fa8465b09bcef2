/**
 * The layout is the architecture: data flows one way, content → schemas → model → (charts | io |
 * views) → pages and components. These tests read every import in `src/` and fail on a file that
 * imports against the flow, or on an import circle, so the tree keeps telling the truth.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/** What each folder may import from, besides itself and npm packages. */
const MAY_IMPORT: Record<string, readonly string[]> = {
	schemas: [],
	model: ['schemas'],
	charts: ['model'],
	// The files a reader downloads speak the site's language.
	io: ['model', 'schemas', 'messages'],
	// Views render inline Markdown as the schemas read it (`schemas/inline-only.ts`).
	views: ['model', 'charts', 'assessment', 'history', 'io', 'schemas', 'messages'],
	// The self-assessment's document, items and figures: plain code the browser and the build share;
	// its CSV is written as every CSV of the project is (`io/spreadsheet-cell.ts`).
	assessment: ['charts', 'io', 'messages'],
	search: [],
	integrations: ['model', 'views'],
	security: [],
	// The browser scripts share the model's geometry and wording, never its data access; they say
	// the catalogue's words that their data carries.
	scripts: ['charts', 'views', 'search', 'assessment', 'messages'],
	cli: ['model', 'io', 'schemas', 'history', 'translations'],
	// A translation against the ladder and its releases: which fields are current, stale, missing.
	translations: ['model', 'io', 'schemas', 'history', 'messages'],
	// Releases and what changed between them: the export format, compared.
	history: ['model', 'io', 'schemas'],
	// The site's own words in each language, which every part that writes words reads.
	messages: [],
	components: ['model', 'views', 'charts', 'scripts', 'content.ts', 'messages'],
	pages: ['model', 'views', 'charts', 'io', 'components', 'scripts', 'assessment', 'history', 'content.ts', 'messages'],
	// Pages of the dev server only (`/review/`), wired as pages are.
	'dev-pages': ['model', 'views', 'components'],
};

/** Views that every view may use (`views/shared/`); any other view is another page's internals. */
const isShared = (name: string) => name.startsWith('shared/');
/** A view's own parts, kept in their own files. */
const VIEW_PARTS: Record<string, readonly string[]> = {
	'pages/role-page.ts': ['pages/role-expectations.ts'],
	'pages/changes-page.ts': ['pages/word-diff.ts'],
	// A role page's changes are its part of /changes/, with that page's anchors.
	'pages/role-changes.ts': ['pages/changes-page.ts'],
	'pages/release-feed.ts': ['pages/changes-page.ts'],
};

const files = walk(SRC).filter((file) => /\.(ts|astro)$/.test(file) && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'));
const imports = new Map(files.map((file) => [file, localImports(file)]));

describe('the layout of src/', () => {
	test('every import follows the flow content → schemas → model → charts | io | views → pages', () => {
		const wrong: string[] = [];
		for (const [file, targets] of imports) {
			const from = top(file);
			const allowed = MAY_IMPORT[from];
			if (!allowed) continue;
			for (const target of targets) {
				const to = top(target);
				if (to !== from && !allowed.includes(to)) wrong.push(`${rel(file)} imports ${rel(target)}`);
			}
		}
		expect(wrong).toEqual([]);
	});

	test('the resolved ladder (model/ladder/) needs nothing of how the files are read and checked (model/files/)', () => {
		const wrong = [...imports]
			.filter(([file]) => rel(file).startsWith('model/ladder/'))
			.flatMap(([file, targets]) => targets.filter((target) => rel(target).startsWith('model/files/')).map((target) => `${rel(file)} imports ${rel(target)}`));
		expect(wrong).toEqual([]);
	});

	test('no view imports another view’s internals', () => {
		const wrong: string[] = [];
		for (const [file, targets] of imports) {
			if (top(file) !== 'views') continue;
			const name = rel(file).slice('views/'.length);
			for (const target of targets.filter((t) => top(t) === 'views')) {
				const other = rel(target).slice('views/'.length);
				if (!isShared(other) && !VIEW_PARTS[name]?.includes(other)) wrong.push(`${rel(file)} imports ${rel(target)}`);
			}
		}
		expect(wrong).toEqual([]);
	});

	test('there is no import circle', () => {
		const circles: string[] = [];
		const state = new Map<string, 'open' | 'done'>();
		const visit = (file: string, path: string[]) => {
			if (state.get(file) === 'done') return;
			if (state.get(file) === 'open') {
				circles.push([...path.slice(path.indexOf(file)), file].map(rel).join(' → '));
				return;
			}
			state.set(file, 'open');
			for (const target of imports.get(file) ?? []) visit(target, [...path, file]);
			state.set(file, 'done');
		};
		for (const file of files) visit(file, []);
		expect(circles).toEqual([]);
	});

	test('reads the imports it checks', () => {
		// Guards the tests above against a reader that finds nothing and so passes everything.
		expect(imports.get(join(SRC, 'model/files/validate.ts'))?.map(rel)).toContain('model/ladder/resolve.ts');
		expect(imports.get(join(SRC, 'pages/roles/[id].astro'))?.map(rel)).toContain('views/pages/role-page.ts');
	});
});

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
	);
}

/** The project files a file imports (type-only imports too: they are dependencies of meaning). */
function localImports(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);
	return specifiers.map((specifier) => resolve(dirname(file), specifier)).filter((target) => target.startsWith(SRC));
}

/** A file's top folder under src/ (or its name, for a file directly in src/). */
function top(file: string): string {
	return rel(file).split('/')[0]!;
}

function rel(file: string): string {
	return relative(SRC, file);
}

/**
 * An Astro integration that lets a content file import nothing but an image inside the content
 * folder. Markdown and MDX turn a relative image into a module import, and Vite loads whatever
 * file an import names: `![logo](../docs/helper.js)` would run the contributor's script with the
 * build's environment, and `![x](../../../../etc/passwd)` would print that file in the build log.
 * The check (`src/model/prose.ts`) refuses such an image first; this is the second line, in the
 * build and in `astro dev` alike, where guides are rendered without the ladder being checked.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { inside } from '../model/files/content-dir.ts';
import { IMAGE_EXTENSIONS } from '../model/files/prose.ts';
import { svgProblems } from '../model/files/svg-image.ts';

/** What a content file may import: an image, and the content files themselves. */
const ALLOWED = new Set<string>([...IMAGE_EXTENSIONS, '.md', '.mdx', '.yaml', '.yml']);

export function contentImports(dir: string): AstroIntegration {
	return {
		name: 'ladder:content-imports',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [contentImportGuard(dir)] } });
			},
		},
	};
}

/** The Vite plugin: refuses, naming both files, an import from the content folder of anything else. */
export function contentImportGuard(dir: string) {
	const root = resolve(dir);
	return {
		name: 'ladder:content-import-guard',
		enforce: 'pre' as const,
		async resolveId(
			this: { resolve: (source: string, importer?: string, options?: object) => Promise<{ id: string } | null> },
			source: string,
			importer: string | undefined,
			options: object,
		) {
			const from = importer && withoutQuery(importer);
			// Only what a content file names; a bare name (`astro/jsx-runtime`) is the compiler's own.
			if (!from || !inside(root, from) || !/^(\.|\/|\\)/.test(source)) return null;
			const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
			const why = refusal(root, resolved ? withoutQuery(resolved.id) : resolve(from, '..', withoutQuery(source)));
			if (why) throw new Error(`${shown(from)}: "${source}" cannot be imported: ${why}. A content file may only show an image file (${IMAGE_EXTENSIONS.join(', ')}) inside the content folder.`);
			return resolved;
		},
	};
}

/** Why a content file may not import `path`, or `undefined` when it may. */
export function refusal(root: string, path: string): string | undefined {
	if (!isAbsolute(path)) return 'it is not a file';
	if (!inside(root, path)) return 'it is outside the content folder';
	if (!ALLOWED.has(extname(path).toLowerCase())) return 'it is not an image file';
	if (existsSync(path) && !inside(realpathSync(root), realpathSync(path))) return 'it is a symbolic link out of the content folder';
	// The build publishes an SVG as it is; opened on its own, it is a document on the site's origin.
	const svg = extname(path).toLowerCase() === '.svg' && existsSync(path) ? svgProblems(readFileSync(path, 'utf8'))[0] : undefined;
	if (svg) return `it is an SVG image that is more than a picture (line ${svg.line}: ${svg.what})`;
	return undefined;
}

/** A path as problems show it: relative to the project where it is inside it. */
function shown(path: string): string {
	const rest = relative(process.cwd(), path);
	return rest.startsWith('..') ? path : rest;
}

function withoutQuery(id: string): string {
	return id.replace(/[?#].*$/, '');
}


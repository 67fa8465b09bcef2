/**
 * Every file in the content folder is used by the ladder or refused: nothing a contributor adds
 * may vanish without a word, run at build time, or pull in what lies outside the folder. One walk
 * of the folder, without following links, classifies each entry:
 *
 * - a symbolic link is refused: one whose target is outside the folder would have the site publish
 *   what it points to, and one inside it would have a command that writes the link (an import,
 *   even a dry run or a refused one) write into the file it points to;
 * - a hidden file or folder (`roles/.draft.mdx`) is refused: the readers pass over it, so it would
 *   vanish from the site without a word; the few that tools leave (`.gitkeep`, `.DS_Store`) may stay;
 * - a folder named like a file (`docs/x.md/`) is refused: the readers would take it for one;
 * - a file the ladder does not read (code, `.txt`, `.markdown`, a stray file at the top) is
 *   refused, naming what to do. Image files may sit anywhere, for bodies to show.
 *
 * The readers of each folder (`read-content.ts`, `releases.ts`) check the names of the files they
 * read; this walk reports what lies outside what they read.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, type Stats } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { inside } from './content-dir.ts';
import { problems, WHOLE_FILE, type Problem } from './problems.ts';
import { IMAGE_EXTENSIONS } from './prose.ts';
import { PUBLISHED_FILE_TYPES } from '../ladder/site-links.ts';
import { svgProblems } from './svg-image.ts';

/** Each folder of the content folder, and the extensions its readers take (any case: they report a wrong one). */
const READ: Record<string, readonly string[]> = {
	competencies: ['.yaml', '.yml'],
	roles: ['.mdx', '.md'],
	docs: ['.mdx', '.md'],
	releases: ['.json'],
	// `<tag>.yaml`, and `<tag>/roles/*.mdx` and `<tag>/docs/*.md`: their reader says where each belongs.
	translations: ['.yaml', '.yml', '.mdx', '.md'],
};

/** What would run if the build ever loaded it; a ladder never holds it. */
const CODE = new Set(['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts', '.jsx', '.tsx', '.astro', '.vue', '.svelte', '.html', '.htm', '.wasm', '.node', '.sh', '.css']);

/** Hidden files that tools put in any folder, which say nothing to the ladder. */
const TOOL_FILES = new Set(['.DS_Store', '.gitkeep', '.gitignore', '.gitattributes', '.git']);

/** Extensions that a folder named like a file would be mistaken for. */
const FILE_LIKE = new Set(['.md', '.mdx', '.yaml', '.yml', '.json']);

export function contentFileProblems(root: string): Problem[] {
	const found: Problem[] = [];
	let realRoot: string;
	try {
		realRoot = realpathSync(root);
	} catch {
		return found;
	}
	const walk = (folder: string, top: string | undefined) => {
		for (const name of readdirSync(folder).sort()) {
			const path = join(folder, name);
			if (name.startsWith('.')) {
				if (!TOOL_FILES.has(name)) found.push({ file: path, field: WHOLE_FILE, message: problems.hiddenFile(name) });
				continue;
			}
			const stats = lstatSync(path);
			if (stats.isSymbolicLink()) {
				const target = realTarget(path);
				const inFolder = target !== undefined && inside(realRoot, target);
				found.push({ file: path, field: WHOLE_FILE, message: inFolder ? problems.linkInside(relative(realRoot, target)) : problems.linkOutside(target) });
				continue;
			}
			const section = top ?? name;
			if (stats.isDirectory()) {
				if (FILE_LIKE.has(extname(name).toLowerCase())) found.push({ file: path, field: WHOLE_FILE, message: problems.folderLikeFile() });
				walk(path, section);
			} else {
				const why = unusedFile(top, name, stats);
				if (why) found.push({ file: path, field: WHOLE_FILE, message: why });
				// Every SVG, shown or not: one a body names later must not be the first to be read.
				else if (extname(name).toLowerCase() === '.svg') found.push(...svgFileProblems(path));
			}
		}
	};
	walk(root, undefined);
	return found;
}

/** What makes an SVG file more than a picture, each with its line (see `svg-image.ts`). */
export function svgFileProblems(path: string): Problem[] {
	return svgProblems(readFileSync(path, 'utf8')).map(({ line, what }) => ({ file: path, field: `line ${line}`, message: problems.svgNotPicture(what) }));
}

/** Why the ladder would not use a file, or `undefined` when it does (or a reader reports it). */
function unusedFile(top: string | undefined, name: string, stats: Stats): string | undefined {
	const extension = extname(name).toLowerCase();
	if (!stats.isFile()) return problems.notAFile();
	// Pictures, and the documents a text may link to for download: the site publishes both as they are.
	if (Object.hasOwn(PUBLISHED_FILE_TYPES, extension)) return undefined;
	if (top === undefined ? name === 'ladder.yaml' : READ[top]?.includes(extension)) return undefined;
	if (CODE.has(extension) || (extension === '.json' && top !== 'releases')) return problems.codeInContent(extension);
	return problems.unusedFile(top === undefined ? 'ladder.yaml, and the folders competencies/, roles/, docs/, releases/ and translations/' : describe(top));
}

function describe(top: string): string {
	const extensions = READ[top];
	if (!extensions) return `images only (${IMAGE_EXTENSIONS.join(', ')}) and PDFs`;
	return `${extensions.join(' or ')} files, and images and PDFs`;
}

/** The real path a link leads to, or `undefined` when it leads nowhere. */
export function realTarget(path: string): string | undefined {
	try {
		return realpathSync(path);
	} catch {
		return undefined;
	}
}


/**
 * Whether a path, past every symbolic link on the way, is inside the content folder: the readers
 * read only such files (one linked from outside is reported by `contentFileProblems`, never read,
 * so its bytes cannot reach an error message).
 */
export function staysInside(root: string, path: string): boolean {
	const real = realTarget(path);
	const realRoot = realTarget(root);
	return real !== undefined && realRoot !== undefined && inside(realRoot, real);
}

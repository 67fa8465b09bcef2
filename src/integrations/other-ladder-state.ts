/**
 * Astro keeps a project's state in its `.astro/` folder: the dev server's data store
 * (`data-store.json`) and the list of role bodies to render (`content-modules.mjs`), one for every
 * ladder served or built from that folder. A second ladder's dev server or build in the same
 * checkout rewrites them, and the running dev server then shows that ladder's role bodies, or fails
 * to render its own, until it restarts. Nothing said why. These read the files for content files
 * outside this server's ladder, so that the dev server can say what happened and what to do.
 */
import { resolve } from 'node:path';
import { inside } from '../model/files/content-dir.ts';

/** The state files Astro writes that name content files, relative to the project's `.astro/`. */
export const STATE_FILES = ['data-store.json', 'content-modules.mjs'] as const;

/**
 * The content files named in `text` (a state file's text) that are outside `contentDir` and the
 * project's own `src/` (Starlight's `src/content/i18n/`). Paths in these files are relative to the
 * project's root. A file that cannot be read names none: Astro may be halfway through writing it.
 */
export function otherLadderFiles(file: (typeof STATE_FILES)[number], text: string, root: string, contentDir: string): string[] {
	const named = file === 'data-store.json' ? storeFilePaths(text) : [...text.matchAll(/^\[("(?:[^"\\]|\\.)*"), \(\) => import\(/gm)].map(([, path]) => JSON.parse(path!) as string);
	const ours = [resolve(root, contentDir), resolve(root, 'src')];
	return named.filter((path) => !ours.some((folder) => inside(folder, resolve(root, path))));
}

/**
 * The `filePath` of every entry of a data store. It is written with `devalue`: one JSON array whose
 * objects hold the index of each value, so an entry's `filePath` is the index of its path.
 */
function storeFilePaths(text: string): string[] {
	let values: unknown;
	try {
		values = JSON.parse(text);
	} catch {
		return [];
	}
	if (!Array.isArray(values)) return [];
	return values.flatMap((value) => {
		if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
		const index = (value as Record<string, unknown>)['filePath'];
		const path = typeof index === 'number' ? values[index] : undefined;
		return typeof path === 'string' ? [path] : [];
	});
}

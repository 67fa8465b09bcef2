import { lstatSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';

/**
 * The folder the ladder is read from: `content/` unless `LADDER_CONTENT_DIR` names another, which
 * is how the tests build their fixture ladders with the same code.
 */
export function contentDir(): string {
	return (process.env['LADDER_CONTENT_DIR'] ?? 'content').replace(/\/+$/, '');
}

/** Whether `path` is inside `folder` (and not the folder itself). */
export function inside(folder: string, path: string): boolean {
	const rest = relative(folder, path);
	return rest !== '' && !rest.startsWith('..') && !isAbsolute(rest);
}

/** Whether `path` is a symbolic link itself (one that leads nowhere included); false where nothing is there. */
export function isSymbolicLink(path: string): boolean {
	try {
		return lstatSync(path).isSymbolicLink();
	} catch {
		return false;
	}
}

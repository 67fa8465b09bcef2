import { existsSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { inside, isSymbolicLink } from '../model/files/content-dir.ts';

/**
 * Where `export --out` may write: the real path of `out`, past every symbolic link (of the file
 * and of its folders), so that a link cannot carry an export into the ladder's folder, where it
 * would replace the ladder's own files with data. Throws a message to print when it may not.
 */
export function exportTarget(out: string, contentDir: string): string {
	const folder = dirname(resolve(out));
	if (!existsSync(folder)) throw new Error(`--out ${out}: the folder ${dirname(out)} does not exist; create it first`);
	// A link that leads to no file yet would be followed by the write, wherever it points.
	if (!existsSync(out) && isSymbolicLink(out)) throw new Error(`--out ${out} is a symbolic link to ${readlinkSync(out)}, which does not exist: write the export to a plain path`);
	const target = existsSync(out) ? realpathSync(out) : join(realpathSync(folder), basename(out));
	const content = existsSync(contentDir) ? realpathSync(contentDir) : resolve(contentDir);
	if (target === content || inside(content, target)) {
		throw new Error(`--out ${out} is inside the ladder's folder ${contentDir}${target === resolve(out) ? '' : ` (it leads to ${target})`}: write the export elsewhere`);
	}
	return target;
}


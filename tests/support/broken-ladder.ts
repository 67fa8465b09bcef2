import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SITES } from './sites.ts';

/**
 * A copy of the small fixture ladder with one or more files rewritten by `edits`
 * (file path → function of its current text), in a fresh temporary folder.
 */
export function brokenLadder(edits: Record<string, (text: string) => string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'broken-ladder-'));
	cpSync(SITES.design.contentDir, dir, { recursive: true });
	for (const [file, edit] of Object.entries(edits)) {
		const path = join(dir, file);
		writeFileSync(path, edit(readFileSync(path, 'utf8')));
	}
	return dir;
}

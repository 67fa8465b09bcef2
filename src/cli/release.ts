import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { releaseProblems, readReleases, RELEASES_FOLDER } from '../history/releases.ts';
import { RELEASE_DATE, RELEASE_NAME, UNRELEASED } from '../io/ladder-export-schema.ts';
import { ladderToJson } from '../io/ladder-json.ts';
import { loadLadder } from '../model/files/load.ts';
import { LadderError, WHOLE_FILE } from '../model/files/problems.ts';

/**
 * `ladder release <name>`: snapshots the resolved ladder, the document `/ladder.json` serves, into
 * `content/releases/<name>.json` with the day's date. Refuses a name that exists, and a ladder or
 * earlier release with problems; writes the whole file or nothing.
 */
export function release(dir: string, name: string, date = new Date().toISOString().slice(0, 10)): string {
	const file = join(dir, RELEASES_FOLDER, `${name}.json`);
	if (!RELEASE_NAME.test(name) || name === UNRELEASED) throw new LadderError([{ file, field: WHOLE_FILE, message: releaseProblems.badName(name) }]);
	// The snapshot's schema's own rule: a date it would refuse (2026-02-30) is never written.
	if (!RELEASE_DATE.safeParse(date).success) {
		throw new LadderError([{ file, field: 'releasedOn', message: releaseProblems.badDate(date) }]);
	}
	const { ladder } = loadLadder(dir);
	const { releases, problems } = readReleases(dir);
	if (problems.length > 0) throw new LadderError(problems);
	if (existsSync(file) || releases.some((r) => r.name === name)) throw new LadderError([{ file, field: WHOLE_FILE, message: releaseProblems.exists(name) }]);
	mkdirSync(join(dir, RELEASES_FOLDER), { recursive: true });
	// Written beside, then renamed: an interrupted release leaves no half a snapshot.
	const partial = `${file}.partial`;
	writeFileSync(partial, `${JSON.stringify(ladderToJson(ladder, { name, date }), null, 2)}\n`);
	renameSync(partial, file);
	return file;
}

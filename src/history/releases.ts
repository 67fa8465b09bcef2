/**
 * The ladder's releases: snapshots of `/ladder.json` kept in `content/releases/<name>.json`, one per
 * review cycle, made by `ladder release <name>`. Each is checked against the published schema of
 * `/ladder.json`: a hand-broken snapshot fails the check and the build, naming its file and field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { LadderExportSchema, RELEASE_NAME, UNRELEASED, type LadderExport } from '../io/ladder-export-schema.ts';
import { realTarget, staysInside } from '../model/files/content-files.ts';
import { problems as ladderProblems, WHOLE_FILE, type Problem } from '../model/files/problems.ts';
import { reservedKeyPaths } from '../model/files/read-content.ts';
import { formatPath, parseWithProblems } from '../model/files/schema-problems.ts';
import { DIRECTION_OVERRIDE } from '../schemas/id.ts';

export const RELEASES_FOLDER = 'releases';

export interface Release {
	name: string;
	/** YYYY-MM-DD. */
	date: string;
	file: string;
	ladder: LadderExport;
}

/** Every release, oldest first (by date, then name); or the problems of the files that are not releases. */
export function readReleases(contentDir: string): { releases: Release[]; problems: Problem[] } {
	const folder = join(contentDir, RELEASES_FOLDER);
	if (!existsSync(folder)) return { releases: [], problems: [] };
	const problems: Problem[] = [];
	const releases: Release[] = [];
	for (const name of readdirSync(folder).filter((file) => !file.startsWith('.')).sort()) {
		const file = join(folder, name);
		const release = basename(name, '.json');
		if (!name.endsWith('.json') || !RELEASE_NAME.test(release) || release === UNRELEASED) {
			problems.push({ file, field: WHOLE_FILE, message: releaseProblems.badFileName(name) });
			continue;
		}
		// A snapshot linked from outside is never read, so its bytes cannot reach a message (the
		// folder's walk in readContent reports the link).
		if (!staysInside(contentDir, file)) {
			problems.push({ file, field: WHOLE_FILE, message: ladderProblems.linkOutside(realTarget(file)) });
			continue;
		}
		const text = readFileSync(file, 'utf8');
		let data: unknown;
		try {
			data = JSON.parse(text);
		} catch (error) {
			// JSON.parse quotes the text it stopped at; the position says where without it.
			problems.push({ file, field: WHOLE_FILE, message: releaseProblems.notJson((error as Error).message.replace(/, ".*$|: .*$/s, '')) });
			continue;
		}
		const reserved = reservedKeyPaths(data);
		for (const path of reserved) problems.push({ file, field: formatPath(path), message: ladderProblems.reservedKey() });
		if (reserved.length > 0) continue;
		if (DIRECTION_OVERRIDE.test(text)) {
			problems.push({ file, field: WHOLE_FILE, message: ladderProblems.directionOverride() });
			continue;
		}
		const parsed = parseWithProblems(LadderExportSchema, data, file);
		problems.push(...parsed.problems);
		if (!parsed.data) continue;
		if (parsed.data.release !== release) problems.push({ file, field: 'release', message: releaseProblems.nameMismatch(parsed.data.release, release) });
		else if (!parsed.data.releasedOn) problems.push({ file, field: 'releasedOn', message: releaseProblems.noDate() });
		else releases.push({ name: release, date: parsed.data.releasedOn, file, ladder: parsed.data });
	}
	releases.sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name));
	return { releases, problems };
}

/**
 * The release the current ladder is: the latest, when nothing changed since; else none, and the
 * site says "unreleased".
 */
export function currentRelease(current: LadderExport, releases: readonly Release[]): Release | undefined {
	const latest = releases.at(-1);
	if (!latest) return undefined;
	const strip = ({ release: _release, releasedOn: _on, ...rest }: LadderExport) => JSON.stringify(rest);
	return strip(latest.ladder) === strip(current) ? latest : undefined;
}

export const releaseProblems = {
	badFileName: (name: string) =>
		`"${name}" is not a release: a release is <name>.json, the name in lowercase letters, digits, dots and hyphens (made by npm run ladder -- release <name>)`,
	notJson: (detail: string) => `is not valid JSON (${detail}): restore it from git, or make it again with npm run ladder -- release <name>`,
	nameMismatch: (inFile: string, fileName: string) => `says "${inFile}", but the file is named ${fileName}.json: rename the file or fix the field`,
	noDate: () => 'is required for a release: the day it was released, as YYYY-MM-DD',
	badDate: (date: string) => `"${date}" is not a date: write it as YYYY-MM-DD`,
	exists: (name: string) => `release "${name}" exists already: choose another name (releases are never overwritten)`,
	badName: (name: string) => `"${name}" is not a release name: use lowercase letters, digits, dots and hyphens, such as 2026-h1 or v3 (and not "unreleased")`,
} as const;

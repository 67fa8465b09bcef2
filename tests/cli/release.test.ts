/**
 * Release snapshots as hostile content: what `ladder release` refuses before writing, and what the
 * check refuses in a snapshot. In-process: each case needs no process of its own.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { release } from '../../src/cli/release.ts';
import { readReleases, releaseProblems } from '../../src/history/releases.ts';
import { LadderError, problems, WHOLE_FILE } from '../../src/model/files/problems.ts';
import { readContent } from '../../src/model/files/read-content.ts';
import { fingerprint } from '../support/folder-fingerprint.ts';
import { SITES } from '../support/sites.ts';

function copyOfLadder(): string {
	const dir = join(mkdtempSync(join(tmpdir(), 'release-')), 'content');
	cpSync(SITES.design.contentDir, dir, { recursive: true });
	return dir;
}

const problemsOf = (run: () => unknown) => {
	try {
		run();
	} catch (error) {
		if (error instanceof LadderError) return error.problems;
		throw error;
	}
	return [];
};

describe('release snapshots', () => {
	test.each(['2026-02-30', '2026-13-01', '2026-1-5', 'tomorrow'])('refuses the date %s before writing anything', (date) => {
		const dir = copyOfLadder();
		const before = fingerprint(dir);

		expect(problemsOf(() => release(dir, 'v2', date))).toEqual([
			{ file: join(dir, 'releases', 'v2.json'), field: 'releasedOn', message: releaseProblems.badDate(date) },
		]);
		expect(fingerprint(dir)).toEqual(before);
		expect(readReleases(dir).problems).toEqual([]);
	});

	test('refuses a __proto__ key in a snapshot, naming the file and the key', () => {
		const dir = copyOfLadder();
		const file = join(dir, 'releases', 'v1.json');
		writeFileSync(file, readFileSync(file, 'utf8').replace('"formatVersion": 1,', '"formatVersion": 1, "__proto__": { "name": "x" },'));

		expect(readReleases(dir).problems).toEqual([{ file, field: '__proto__', message: problems.reservedKey() }]);
	});

	test('refuses a direction override in a snapshot', () => {
		const dir = copyOfLadder();
		const file = join(dir, 'releases', 'v1.json');
		writeFileSync(file, readFileSync(file, 'utf8').replace('"name": "', '"name": "\u202E'));

		expect(readReleases(dir).problems).toEqual([{ file, field: WHOLE_FILE, message: problems.directionOverride() }]);
	});

	test('never reads a snapshot linked from outside the content folder, so its bytes reach no message', () => {
		const dir = copyOfLadder();
		const file = join(dir, 'releases', 'x.json');
		symlinkSync('/etc/passwd', file);

		const found = [...readReleases(dir).problems, ...readContent(dir).problems];
		expect(found).toEqual([
			{ file, field: WHOLE_FILE, message: problems.linkOutside('/etc/passwd') },
			{ file, field: WHOLE_FILE, message: problems.linkOutside('/etc/passwd') },
		]);
		expect(JSON.stringify(found)).not.toContain('root:');
	});

	test('a broken snapshot is reported without quoting its text', () => {
		const dir = copyOfLadder();
		const file = join(dir, 'releases', 'v2.json');
		writeFileSync(file, 'root:x:0:0:root:/root:/bin/bash');

		const [problem] = readReleases(dir).problems;
		expect(problem?.message).toMatch(/^is not valid JSON/);
		expect(problem?.message).not.toContain('root:x');
		rmSync(file);
	});
});

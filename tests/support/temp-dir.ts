/**
 * Vitest global setup of every project: one temporary folder for the whole run, removed when it
 * ends. The tests make thousands of temporary folders (a ladder to import into, a broken ladder to
 * build, Chromium's profiles), and a test that fails before its own clean-up leaves its folder
 * behind: runs on one machine had left 22 GB in /tmp. Everything a test, or a process it starts,
 * makes with `os.tmpdir()` now goes in this run's folder, as `TMPDIR` is inherited.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function runTempDir(): (() => void) | undefined {
	// The first project of the run makes it, and removes it at the end; the others use it.
	if (process.env['LADDER_TEST_TMPDIR']) return undefined;
	const dir = mkdtempSync(join(tmpdir(), 'ladder-tests-'));
	process.env['LADDER_TEST_TMPDIR'] = dir;
	process.env['TMPDIR'] = dir;
	return () => rmSync(dir, { recursive: true, force: true });
}

/**
 * Which test ladders a run of the site tests needs built: those its test files name. `npx vitest
 * run --project site tests/browser/print.test.ts` names one file, which uses `SITES.example` only,
 * so the setup builds that one ladder (about 10 s) rather than all of them (over a minute). A file
 * that runs on every ladder (`ALL_SITES`) needs them all; so does a run that names no file.
 * `LADDER_TEST_SITES` still says it outright.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_SITES, SITES, type Site } from './sites.ts';

/** Vitest's options that take a value: the word after them is not a file filter. */
const WITH_VALUE = new Set(['--project', '-t', '--testNamePattern', '--reporter', '--outputFile', '--config', '-c', '--root', '-r', '--dir', '--pool', '--maxWorkers', '--minWorkers', '--shard', '--environment', '--exclude', '--mode', '--bail', '--retry']);

const TEST_FOLDERS = ['tests/build', 'tests/browser'];

export function sitesForRun(argv: readonly string[] = process.argv.slice(2)): Site[] {
	if (process.env['LADDER_TEST_SITES']) return ALL_SITES;
	const filters = argv.filter((arg, index) => !arg.startsWith('-') && !WITH_VALUE.has(argv[index - 1] ?? '') && arg !== 'run' && arg !== 'watch');
	if (filters.length === 0) return ALL_SITES;
	const files = TEST_FOLDERS.flatMap((folder) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((name) => join(folder, name))).filter(
		(file) => file.endsWith('.test.ts') && filters.some((filter) => file.includes(filter.replace(/^\.\//, ''))),
	);
	// Filters that match no site test (a unit test's path) build nothing.
	const named = new Set<string>();
	for (const file of files) {
		const text = readFileSync(file, 'utf8');
		if (/\bALL_SITES\b/.test(text)) return ALL_SITES;
		for (const [, name] of text.matchAll(/\bSITES\.(\w+)/g)) named.add(name!);
	}
	const wanted = [...named].map((name) => SITES[name as keyof typeof SITES]).filter(Boolean);
	return ALL_SITES.filter((site) => wanted.some((one) => one.dist === site.dist));
}

/**
 * The tutorial (`docs/tutorial/first-ladder.md`) works as written: its `ladder` commands, run in
 * its order on an empty folder, make a valid ladder; and its YAML edit, made as it says, keeps it
 * valid. A change to a command's name, option or output that the tutorial relies on fails here.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runLadder } from '../../src/cli/ladder.ts';
import { runInProcess } from '../support/run-in-process.ts';

const TUTORIAL = readFileSync('docs/tutorial/first-ladder.md', 'utf8');

/** The words of a shell line, quoted ones kept whole. */
const words = (line: string) => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map(([, quoted, plain]) => quoted ?? plain!);

test('the tutorial’s commands make a valid ladder from nothing, and its edit keeps it valid', async () => {
	const content = join(mkdtempSync(join(tmpdir(), 'ladder-tutorial-')), 'content');
	const commands = [...TUTORIAL.matchAll(/^npm run ladder -- (.+)$/gm)].map(([, args]) => words(args!));
	expect(commands.map((args) => args.slice(0, 2).join(' '))).toEqual(['init --name', 'new role', 'new track', 'new role']);
	for (const args of commands) {
		const run = await runInProcess(runLadder, [...args, '--content', content]);
		expect(run.status, `${args.join(' ')}\n${run.stderr}`).toBe(0);
	}

	// Step 4: the criteria block, in place of the competency's levels as `init` wrote them.
	const block = /```yaml\n( {4}levels:\n[\s\S]*?)```/.exec(TUTORIAL)?.[1];
	expect(block).toBeDefined();
	const area = join(content, 'competencies', 'craft.yaml');
	const text = readFileSync(area, 'utf8');
	const levels = /( {4}levels:\n(?: {6}.*\n)+)/.exec(text.slice(text.indexOf('id: delivery')))?.[1];
	expect(levels, 'init no longer writes the delivery competency the tutorial edits').toBeDefined();
	writeFileSync(area, text.replace(levels!, block!));

	expect(readFileSync(area, 'utf8')).toContain('- text: Writes the release notes others read.');
	const check = await runInProcess(runLadder, ['validate', '--content', content]);
	expect(check.status, check.stderr).toBe(0);
	expect(check.stdout + check.stderr).toContain('3 roles on 2 tracks');
});

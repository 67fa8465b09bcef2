/**
 * Runs commands at once, for `npm test`: the first prints as it goes, the others when they end (so
 * that no two outputs interleave), and the run fails if any of them does. The dev server's rounds
 * leave about half of two cores idle while they wait for an edit to show, and the type check uses
 * it (`docs/how-to/run-the-tests.md`).
 *
 *   node tests/support/side-by-side.ts 'vitest run --project dev' 'astro check'
 */
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
if (commands.length === 0) {
	console.error('Usage: node tests/support/side-by-side.ts <command> [<command>...]');
	process.exit(2);
}

const runs = commands.map(
	(command, index) =>
		new Promise<{ command: string; code: number; output: string }>((done) => {
			// Through the shell, as npm runs a script: `node_modules/.bin` is on the PATH it gives us.
			const child = spawn(command, { shell: true, stdio: index === 0 ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
			let output = '';
			child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
			child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
			child.on('close', (code, signal) => done({ command, code: code ?? (signal ? 1 : 0), output }));
		}),
);

const results = await Promise.all(runs);
for (const { command, output } of results.slice(1)) process.stdout.write(`\n> ${command}\n${output}`);
const failed = results.filter((result) => result.code !== 0);
for (const { command, code } of failed) console.error(`\n✗ ${command} exited with ${code}`);
process.exit(failed.length > 0 ? 1 : 0);

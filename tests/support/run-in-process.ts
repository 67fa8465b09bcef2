import { format } from 'node:util';

type Run = (argv: string[]) => number | Promise<number>;
interface Ran {
	status: number;
	stdout: string;
	stderr: string;
}

/**
 * Runs a command-line entry point in this process, with what it prints captured: the same code
 * the command runs, without a process of its own. A Node process costs about 0.6 s to start with
 * the ladder's modules, so tests that ran several commands each took 2 to 4 s, and timed out at
 * Vitest's 5 s on a busy machine; in-process, a command takes milliseconds.
 */
export function runInProcess(run: Run, argv: string[]): Ran {
	const captured = capture();
	try {
		const status = run(argv);
		// A command that reads or writes a workbook finishes later: `runInProcessAsync` waits for it.
		if (typeof status !== 'number') throw new Error(`ladder ${argv.join(' ')} finishes asynchronously: run it with runInProcessAsync`);
		return { status, ...captured.output() };
	} finally {
		captured.restore();
	}
}

/** `runInProcess` for a command that may finish asynchronously, as the workbook's do. */
export async function runInProcessAsync(run: Run, argv: string[]): Promise<Ran> {
	const captured = capture();
	try {
		const status = await run(argv);
		return { status, ...captured.output() };
	} finally {
		captured.restore();
	}
}

function capture() {
	let stdout = '';
	let stderr = '';
	const saved = { log: console.log, error: console.error, warn: console.warn, write: process.stdout.write };
	console.log = (...args: unknown[]) => void (stdout += `${format(...args)}\n`);
	console.error = console.warn = (...args: unknown[]) => void (stderr += `${format(...args)}\n`);
	process.stdout.write = ((chunk: string | Uint8Array) => {
		stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
		return true;
	}) as typeof process.stdout.write;
	return {
		output: () => ({ stdout, stderr }),
		restore: () => {
			Object.assign(console, { log: saved.log, error: saved.error, warn: saved.warn });
			process.stdout.write = saved.write;
		},
	};
}

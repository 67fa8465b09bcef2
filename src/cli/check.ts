/**
 * `npm run check`'s first step: validates the ladder (the `content/` folder, or the one named) and
 * exits 1 when it has any problem. Lint warnings fail it only when the ladder asks for strict lint.
 */
import { contentDir } from '../model/files/content-dir.ts';
import { validate } from './validate.ts';

/** Checks the ladder in the folder `argv[0]` names (or the content folder); returns the exit code. */
export function runCheck(argv: string[]): number {
	try {
		return validate(argv[0] ?? contentDir());
	} catch (error) {
		// What failed, without a stack trace; LADDER_DEBUG=1 shows where.
		console.error(`check: ${error instanceof Error ? error.message : String(error)}`);
		if (process.env['LADDER_DEBUG']) console.error(error);
		return 1;
	}
}

// Run as a command, not when imported.
if (import.meta.main) process.exitCode = runCheck(process.argv.slice(2));

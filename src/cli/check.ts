/**
 * `npm run check`'s first step: validates the ladder (the `content/` folder, or the one named) and
 * exits 1 when it has any problem. Lint warnings fail it only when the ladder asks for strict lint.
 */
import { contentDir } from '../model/content-dir.ts';
import { validate } from './validate.ts';

try {
	process.exitCode = validate(process.argv[2] ?? contentDir());
} catch (error) {
	// What failed, without a stack trace; LADDER_DEBUG=1 shows where.
	console.error(`check: ${error instanceof Error ? error.message : String(error)}`);
	if (process.env['LADDER_DEBUG']) console.error(error);
	process.exitCode = 1;
}

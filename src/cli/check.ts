/**
 * `npm run check`'s first step: validates the ladder and prints every problem, one a line as
 * `file: field: what is wrong`, exiting 1 when there is any. Lint warnings are printed too; they
 * fail the check only when the ladder asks for strict lint.
 */
import { contentDir } from '../ladder/content-dir.ts';
import { loadLadder } from '../ladder/load.ts';
import { formatProblem, LadderError } from '../ladder/problems.ts';

const dir = process.argv[2] ?? contentDir();
try {
	const { ladder, warnings } = loadLadder(dir);
	for (const warning of warnings) console.warn(`warning: ${formatProblem(warning)}`);
	console.log(
		`${dir}: the ladder is valid: ${ladder.roles.length} roles on ${ladder.tracks.length} tracks, ` +
			`${ladder.competencies.length} competencies in ${ladder.areas.length} areas, ${ladder.levels.length} levels` +
			(warnings.length > 0 ? `, ${warnings.length} lint warning(s).` : '.'),
	);
} catch (error) {
	if (!(error instanceof LadderError)) throw error;
	for (const problem of error.problems) console.error(formatProblem(problem));
	console.error(`${dir}: the ladder is invalid: ${error.problems.length} problem(s).`);
	process.exitCode = 1;
}

import { readReleases } from '../history/releases.ts';
import { loadLadder } from '../model/files/load.ts';
import { formatProblem, LadderError } from '../model/files/problems.ts';
import { warningReport } from '../model/files/warning-report.ts';

/**
 * Validates the ladder in `dir` and prints every problem, one a line as `file: field: what is
 * wrong`, and the lint warnings (summarised past a screenful unless `verbose`); returns the exit
 * code (1 when there is any problem).
 */
export function validate(dir: string, { verbose = Boolean(process.env['LADDER_VERBOSE']) } = {}): number {
	try {
		const { ladder, warnings } = loadLadder(dir);
		// A corrupt or hand-broken release would fail the build's /changes/ page: it fails here first.
		const { releases, problems } = readReleases(dir);
		if (problems.length > 0) throw new LadderError(problems);
		for (const line of warningReport(warnings, { verbose })) console.warn(line);
		console.log(
			`${dir}: the ladder is valid: ${ladder.roles.length} roles on ${ladder.tracks.length} tracks, ` +
				`${ladder.competencies.length} competencies in ${ladder.areas.length} areas, ${ladder.levels.length} levels` +
				(releases.length > 0 ? `, ${releases.length} release(s)` : '') +
				(warnings.length > 0 ? `, ${warnings.length} lint warning(s).` : '.'),
		);
		return 0;
	} catch (error) {
		if (!(error instanceof LadderError)) throw error;
		for (const problem of error.problems) console.error(formatProblem(problem));
		console.error(`${dir}: the ladder is invalid: ${error.problems.length} problem(s).`);
		return 1;
	}
}

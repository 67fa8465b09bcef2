import { loadLadder } from '../model/files/load.ts';
import { formatProblem, LadderError } from '../model/files/problems.ts';
import { warningReport } from '../model/files/warning-report.ts';
import { checkedTranslations } from '../translations/read.ts';

/**
 * Validates the ladder in `dir` and prints every problem, one a line as `file: field: what is
 * wrong`, and the lint warnings (summarised past a screenful unless `verbose`); returns the exit
 * code (1 when there is any problem).
 */
export function validate(dir: string, { verbose = Boolean(process.env['LADDER_VERBOSE']) } = {}): number {
	try {
		const { ladder, guides, warnings: lint } = loadLadder(dir);
		// A corrupt or hand-broken release would fail the build's /changes/ page: it fails here first.
		const { releases, ...translated } = checkedTranslations(dir, ladder, guides);
		if (translated.problems.length > 0) throw new LadderError(translated.problems);
		const warnings = [...lint, ...translated.warnings];
		for (const line of warningReport(warnings, { verbose })) console.warn(line);
		console.log(
			`${dir}: the ladder is valid: ${count(ladder.roles.length, 'role')} on ${count(ladder.tracks.length, 'track')}, ` +
				`${count(ladder.competencies.length, 'competency', 'competencies')} in ${count(ladder.areas.length, 'area')}, ${count(ladder.levels.length, 'level')}` +
				(releases.length > 0 ? `, ${count(releases.length, 'release')}` : '') +
				(translated.translations.length > 0 ? `, ${count(translated.translations.length, 'translation')}` : '') +
				(translated.warnings.length > 0 ? `, ${count(translated.warnings.length, 'orphaned translation')}` : '') +
				(lint.length > 0 ? `, ${count(lint.length, 'lint warning')}.` : '.'),
		);
		return 0;
	} catch (error) {
		if (!(error instanceof LadderError)) throw error;
		for (const problem of error.problems) console.error(formatProblem(problem));
		console.error(`${dir}: the ladder is invalid: ${error.problems.length} problem(s).`);
		return 1;
	}
}

/** "1 area", "2 areas". */
function count(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}

import { relative, resolve } from 'node:path';
import { formatProblem, LadderError } from '../model/files/problems.ts';
import { reviewLadder } from '../model/review/review.ts';
import { REPORT_FORMATS, reviewReport, type ReportFormat } from '../io/review-report.ts';

/**
 * `ladder review`: prints the review of the ladder in `dir` in `format`, and returns the exit code:
 * 1 when it finds an error, or a warning where the review is strict (`--strict`, or `review:
 * { strict: true }` in `ladder.yaml`); 1 for a malformed ladder, with the check's messages.
 */
export function review(dir: string, { format = 'text', strict = false }: { format?: string | undefined; strict?: boolean | undefined } = {}): number {
	if (!REPORT_FORMATS.includes(format as ReportFormat)) {
		console.error(`ladder: review --format takes ${REPORT_FORMATS.join(', ')}, not "${format}"`);
		return 2;
	}
	try {
		const { findings, strict: ladderStrict } = reviewLadder(dir);
		process.stdout.write(reviewReport(findings, format as ReportFormat, relative(process.cwd(), resolve(dir))));
		const failing = findings.some((finding) => finding.severity === 'error' || (finding.severity === 'warning' && (strict || ladderStrict)));
		return failing ? 1 : 0;
	} catch (error) {
		if (!(error instanceof LadderError)) throw error;
		for (const problem of error.problems) console.error(formatProblem(problem));
		console.error(`${dir}: the ladder is invalid: ${error.problems.length} problem(s). Fix them, then review it.`);
		return 1;
	}
}

import { formatProblem, type Problem, type warnings as WARNINGS } from './problems.ts';

/** More warnings than this are summarised: a screenful a person reads, not a scroll they skip. */
export const SCREENFUL = 20;
/** How many of each kind a summary shows. */
export const FIRST_OF_EACH = 3;

const KIND_NAMES: Record<keyof typeof WARNINGS, string> = {
	lowered: 'expectations that go down on the way up',
	unexpected: 'competencies no role expects',
	expectsNothing: 'roles that expect nothing',
	unbalancedGrade: 'roles much heavier or lighter than their grade on another track',
	nextLower: 'next paths to a lower grade',
	sameRung: 'roles sharing a grade with another role of their track',
};

/**
 * The lint warnings as lines to print: every one when there are few or when asked (`verbose`),
 * else a count per kind with the first few of each, and how to see them all.
 */
export function warningReport(found: readonly Problem[], { verbose = false } = {}): string[] {
	const line = (warning: Problem) => `warning: ${formatProblem(warning)}`;
	if (verbose || found.length <= SCREENFUL) return found.map(line);
	const byKind = Map.groupBy(found, (warning) => warning.kind);
	const lines = [`${found.length} lint warnings; the first ${FIRST_OF_EACH} of each kind (--verbose, or LADDER_VERBOSE=1 for the build, lists them all):`];
	for (const [kind, ofKind] of byKind) {
		lines.push(`  ${ofKind.length} ${kind ? KIND_NAMES[kind] : 'other warnings'}:`);
		lines.push(...ofKind.slice(0, FIRST_OF_EACH).map((warning) => `    ${line(warning)}`));
	}
	return lines;
}

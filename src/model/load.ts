import { lintLadder } from './lint.ts';
import { LadderError, type Problem } from './problems.ts';
import { readContent, type GuideFile } from './read-content.ts';
import { validateLadder } from './validate.ts';
import type { Ladder } from './types.ts';

/**
 * Reads, validates and lints the ladder in `dir`. Throws a `LadderError` listing every problem,
 * and every lint warning too when the ladder asks for strict lint; otherwise returns the warnings.
 */
export function loadLadder(dir: string): { ladder: Ladder; guides: GuideFile[]; warnings: Problem[] } {
	const { source, problems: readProblems, guides } = readContent(dir);
	const { ladder, problems } = validateLadder(source);
	const all = [...readProblems, ...problems];
	if (all.length > 0 || !ladder) throw new LadderError(all);
	const warnings = lintLadder(ladder);
	if (ladder.strictLint && warnings.length > 0) throw new LadderError(warnings);
	return { ladder, guides, warnings };
}

import { LadderError } from './problems.ts';
import { readContent, type GuideFile } from './read-content.ts';
import { validateLadder } from './validate.ts';
import type { Ladder } from './types.ts';

/** Reads and validates the ladder in `dir`; throws a `LadderError` listing every problem. */
export function loadLadder(dir: string): { ladder: Ladder; guides: GuideFile[] } {
	const { source, problems: readProblems, guides } = readContent(dir);
	const { ladder, problems } = validateLadder(source);
	const all = [...readProblems, ...problems];
	if (all.length > 0 || !ladder) throw new LadderError(all);
	return { ladder, guides };
}

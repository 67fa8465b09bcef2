/**
 * What a hostile pull request can make the check and the build cost, for the two costs that grew
 * with the square of their input: "did you mean" over many near-miss ids, and the word diff of a
 * long text reworded throughout in a release snapshot. Each is timed beside its unbounded
 * baseline in the same run, so the ratios show the growth: linear where the baseline's is square.
 */
import { diffWords } from 'diff';
import { didYouMean, SUGGESTION_BUDGET, withSuggestionBudget } from '../src/model/files/closest.ts';
import { wordDiff } from '../src/views/pages/word-diff.ts';

export interface CostFigures {
	size: number;
	bounded: number;
	baseline: number | undefined;
}

/**
 * "Did you mean" for `size` misspelt ids among `size` known ones of a real ladder's length (about
 * twenty characters, where the edit distance cannot stop early), as one check makes them: within
 * the check's budget, and with the budget lifted.
 */
export function measureNearMisses(sizes: readonly number[]): CostFigures[] {
	return sizes.map((size) => {
		const known = Array.from({ length: size }, (_, i) => `senior-engineer-${i}-platform`);
		const misspelt = known.map((id) => id.replace('engineer', 'enginer'));
		const timed = (comparisons: number) => {
			const started = performance.now();
			withSuggestionBudget(() => misspelt.forEach((id) => didYouMean(id, known)), comparisons);
			return performance.now() - started;
		};
		const bounded = timed(SUGGESTION_BUDGET);
		const baseline = size <= 1_000 ? timed(Number.POSITIVE_INFINITY) : undefined;
		return { size, bounded, baseline };
	});
}

/** A text of `size` words reworded throughout, diffed as the changes page does, and by jsdiff unbounded. */
export function measureRewordedDiff(sizes: readonly number[]): CostFigures[] {
	const words = (count: number, seed: string) => Array.from({ length: count }, (_, i) => `${seed}${(i * 7919) % 1000}`).join(' ');
	return sizes.map((size) => {
		const [from, to] = [words(size, 'old'), words(size, 'new')];
		const started = performance.now();
		wordDiff(from, to);
		const bounded = performance.now() - started;
		let baseline: number | undefined;
		if (size <= 2_000) {
			const unbounded = performance.now();
			diffWords(from, to);
			baseline = performance.now() - unbounded;
		}
		return { size, bounded, baseline };
	});
}

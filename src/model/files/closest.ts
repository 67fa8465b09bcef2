/**
 * How many ids all the "did you mean" look-ups of one check may compare, together. Each unknown id
 * is compared with every known one, so a ladder with thousands of broken references to thousands
 * of ids would cost the square of their count (4,000 took 28 s): a pull request could stall the
 * check. 20,000 comparisons of ids of twenty-odd characters take about 0.2 s (`npm run bench --
 * --only hostile`). Within the budget every message has its suggestion; past it, messages go on
 * without one.
 * A real ladder's mistakes, a few unknown ids among a few hundred, use a small part of it.
 */
export const SUGGESTION_BUDGET = 20_000;

let budget = Number.POSITIVE_INFINITY;

/** Runs `check` with "did you mean" bounded to `comparisons` in all; the bound is lifted after. */
export function withSuggestionBudget<T>(check: () => T, comparisons = SUGGESTION_BUDGET): T {
	const outer = budget;
	budget = Math.min(outer, comparisons);
	try {
		return check();
	} finally {
		budget = outer;
	}
}

/**
 * "Did you mean …?" for a misspelt id: the known ids closest to it by edit distance (Levenshtein,
 * where a swap of two letters counts once), within a third of its length, closest first; none once
 * the check's budget of comparisons is spent.
 */
export function closest(id: string, known: Iterable<string>, most = 2): string[] {
	if (budget <= 0) return [];
	const candidates = Array.isArray(known) ? (known as readonly string[]) : [...known];
	if (candidates.length > budget) return [];
	budget -= candidates.length;
	const limit = Math.max(1, Math.floor(id.length / 3));
	const scored: [string, number][] = [];
	for (const candidate of candidates) {
		const distance = editDistance(id, candidate, limit);
		if (distance <= limit) scored.push([candidate, distance]);
	}
	return scored
		.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
		.slice(0, most)
		.map(([candidate]) => candidate);
}

/** The words a message adds: ` (did you mean "x"?)`, or nothing. */
export function didYouMean(id: string, known: Iterable<string>): string {
	const found = closest(id, known);
	return found.length === 0 ? '' : ` (did you mean ${found.map((x) => `"${x}"`).join(' or ')}?)`;
}

/** Optimal string alignment distance, stopping early once it must exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let before = new Array<number>(b.length + 1).fill(0);
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
			current.push(value);
			best = Math.min(best, value);
		}
		if (best > limit) return limit + 1;
		before = previous;
		previous = current;
	}
	return previous[b.length]!;
}

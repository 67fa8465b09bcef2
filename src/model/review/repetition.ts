/**
 * Criteria that repeat across the levels of one competency: the same words at two levels, nearly
 * the same words (with their word difference), and a level that adds nothing to the level below.
 * Pairs are looked for through an index of the words criteria share, within one competency, so
 * the cost grows with the criteria, not with their pairs.
 */
import { diffWords } from 'diff';

/** A criterion where it stands: its level, its place in the level, and its words without Markdown. */
export interface Placed {
	levelId: string;
	index: number;
	words: string;
}

export interface Repeat {
	kind: 'repeated' | 'near';
	/** The later level's criterion. */
	later: Placed;
	/** The criterion of a lower level it repeats. */
	earlier: Placed;
	/** For a near-duplicate: its words, with what differs from the earlier marked `[-…-]{+…+}`. */
	difference?: string;
}

/** Two criteria are nearly the same when at least this share of their words is the same. */
export const NEAR = 0.8;
/** A word in more criteria than this, in one competency, does not make two of them candidates. */
const COMMON = 40;
/** Beyond this length, no word difference is worked out (its cost grows with the square). */
const DIFF_LIMIT = 1_000;

/** Lowercase words, without punctuation: "Writes tests." and "writes  tests" are the same criterion. */
export function normalised(words: string): string {
	return words
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * The repeats among a competency's criteria, `levels` in the scale's order, each criterion
 * compared with those of the levels below it.
 */
export function repeats(levels: readonly Placed[][]): Repeat[] {
	const found: Repeat[] = [];
	const seen = new Map<string, Placed>();
	const byWord = new Map<string, { placed: Placed; level: number }[]>();
	levels.forEach((criteria, level) => {
		for (const placed of criteria) {
			const key = normalised(placed.words);
			const same = seen.get(key);
			if (same && same.levelId !== placed.levelId) {
				found.push({ kind: 'repeated', later: placed, earlier: same });
				continue;
			}
			const near = nearest(placed, key, level, byWord);
			if (near) found.push(near);
		}
		for (const placed of criteria) {
			const key = normalised(placed.words);
			if (!seen.has(key)) seen.set(key, placed);
			for (const word of new Set(key.split(' '))) {
				const list = byWord.get(word) ?? [];
				if (list.length <= COMMON) list.push({ placed, level });
				byWord.set(word, list);
			}
		}
	});
	return found;
}

function nearest(placed: Placed, key: string, level: number, byWord: Map<string, { placed: Placed; level: number }[]>): Repeat | undefined {
	const words = new Set(key.split(' '));
	const shared = new Map<Placed, number>();
	for (const word of words) {
		const list = byWord.get(word);
		if (!list || list.length > COMMON) continue;
		for (const other of list) if (other.level < level) shared.set(other.placed, (shared.get(other.placed) ?? 0) + 1);
	}
	let best: { other: Placed; similarity: number } | undefined;
	for (const [other, count] of shared) {
		const otherWords = new Set(normalised(other.words).split(' '));
		// The share of words in common, before the word difference confirms it.
		if (count / Math.max(words.size, otherWords.size) < NEAR) continue;
		const similarity = wordSimilarity(other.words, placed.words);
		if (similarity >= NEAR && (!best || similarity > best.similarity)) best = { other, similarity };
	}
	if (!best) return undefined;
	return { kind: 'near', later: placed, earlier: best.other, difference: difference(best.other.words, placed.words) };
}

/** The share of the two texts' words that the word difference keeps. */
function wordSimilarity(before: string, after: string): number {
	if (before.length + after.length > DIFF_LIMIT) return 0;
	let kept = 0;
	let changed = 0;
	for (const part of diffWords(normalised(before), normalised(after))) {
		const count = part.value.split(/\s+/).filter(Boolean).length;
		if (part.added || part.removed) changed += count;
		else kept += 2 * count;
	}
	return kept / (kept + changed || 1);
}

/** The later words, with what the earlier said instead: "Writes tests for [-their own-]{+the team's+} code". */
function difference(before: string, after: string): string {
	return diffWords(before, after)
		.map((part) => (part.added ? `{+${part.value}+}` : part.removed ? `[-${part.value}-]` : part.value))
		.join('');
}

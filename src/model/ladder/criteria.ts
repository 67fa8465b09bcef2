import type { LevelDescriptorData } from '../../schemas/competency-area.ts';
import type { Criterion, LevelDescriptor } from './types.ts';

/** How many words of a criterion's text its derived id keeps: enough to tell criteria apart. */
const ID_WORDS = 6;

/**
 * A level as the model holds it: a single descriptor becomes one criterion, a list keeps its
 * order. Ids left out are derived by `deriveCriterionId` and made unique against `taken`, which
 * this adds every id it gives out to.
 */
export function toLevelDescriptor(
	data: LevelDescriptorData,
	competencyId: string,
	levelId: string,
	taken: Set<string>,
): LevelDescriptor {
	if (typeof data === 'string') {
		// A single descriptor is the competency at that level: its id says just that.
		return { isList: false, criteria: [{ id: unique(`${competencyId}-${levelId}`, taken), idWritten: false, text: data, examples: [] }] };
	}
	const criteria = data.map((item): Criterion => {
		const { text, id, examples } = typeof item === 'string' ? { text: item, id: undefined, examples: undefined } : item;
		return {
			id: id ?? unique(deriveCriterionId(competencyId, levelId, text), taken),
			idWritten: id !== undefined,
			text,
			examples: examples ?? [],
		};
	});
	return { isList: true, criteria };
}

/**
 * An id for a criterion that has none, from its competency, level and first words. Derived from
 * the text rather than the position, so adding a criterion above it does not move its anchor or
 * its ratings; rewording it does, which is what a reworded criterion is. Text with no Latin
 * letters or digits gets a short hash of itself instead of words.
 */
export function deriveCriterionId(competencyId: string, levelId: string, text: string): string {
	const words = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/\]\([^)]*\)/g, '') // a link's target is not its words
		.replace(/['’]/g, '') // "service's" is one word
		.split(/[^a-z0-9]+/)
		.filter(Boolean)
		.slice(0, ID_WORDS);
	return `${competencyId}-${levelId}-${words.length > 0 ? words.join('-') : hash(text)}`;
}

/** Every criterion id written in the ladder's areas, so derived ids can step around them. */
export function writtenCriterionIds(levels: Iterable<LevelDescriptorData>): string[] {
	return [...levels].flatMap((level) =>
		typeof level === 'string' ? [] : level.flatMap((item) => (typeof item !== 'string' && item.id ? [item.id] : [])),
	);
}

function unique(id: string, taken: Set<string>): string {
	let candidate = id;
	for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`;
	taken.add(candidate);
	return candidate;
}

/** FNV-1a, 32 bits, in base 36: short, stable across runs and platforms. */
function hash(text: string): string {
	let h = 0x811c9dc5;
	for (const unit of new TextEncoder().encode(text)) {
		h ^= unit;
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(36);
}

/**
 * Which criteria one level adds to another and which it drops: the same criterion is the same id,
 * or the same words (ladders often repeat a criterion at each level it applies to).
 */
export function compareCriteria(from: LevelDescriptor | undefined, to: LevelDescriptor | undefined): CriteriaChange {
	const before = from?.criteria ?? [];
	const after = to?.criteria ?? [];
	const sameAs = (others: readonly Criterion[]) => {
		const ids = new Set(others.map((c) => c.id));
		const words = new Set(others.map((c) => wordsOf(c.text)));
		return (criterion: Criterion) => ids.has(criterion.id) || words.has(wordsOf(criterion.text));
	};
	const inBefore = sameAs(before);
	const inAfter = sameAs(after);
	return {
		added: after.filter((c) => !inBefore(c)),
		removed: before.filter((c) => !inAfter(c)),
		kept: after.filter(inBefore),
	};
}

export interface CriteriaChange {
	/** Criteria of the later level that the earlier one does not list. */
	added: Criterion[];
	/** Criteria of the earlier level that the later one no longer lists. */
	removed: Criterion[];
	/** Criteria both list, as the later level writes them. */
	kept: Criterion[];
}

function wordsOf(text: string): string {
	let words = WORDS_OF.get(text);
	if (words === undefined) {
		words = text.toLowerCase().replace(/\s+/g, ' ').trim();
		WORDS_OF.set(text, words);
	}
	return words;
}

/**
 * Each criterion's words, worked out once: a build compares the same criteria again for every
 * comparison page, track step and lint rule (at 200 roles with criteria lists, folding the same
 * texts took about 0.2 s).
 */
const WORDS_OF = new Map<string, string>();

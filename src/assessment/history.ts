/**
 * What changed since a saved cycle: the items whose rating went up or down, those rated since,
 * and those moved to or from "not applicable", which is not a step on the way up or down.
 */
import type { Rating, RatingValue } from './document.ts';
import type { Item } from './items.ts';

const STEP: Partial<Record<RatingValue, number>> = { 'not-yet': 0, sometimes: 1, consistently: 2 };

export interface Moved {
	item: Item;
	from: RatingValue | undefined;
	to: RatingValue;
}

export interface SinceCycle {
	up: Moved[];
	down: Moved[];
	/** Rated now, not rated in the cycle. */
	added: Moved[];
	/** To or from "not applicable". */
	changed: Moved[];
}

export function sinceCycle(items: readonly Item[], then: Readonly<Record<string, Rating>>, now: Readonly<Record<string, Rating>>): SinceCycle {
	const since: SinceCycle = { up: [], down: [], added: [], changed: [] };
	for (const item of items) {
		const to = now[item.key]?.rating;
		const from = then[item.key]?.rating;
		if (!to || to === from) continue;
		const moved = { item, from, to };
		if (!from) since.added.push(moved);
		else if (STEP[from] === undefined || STEP[to] === undefined) since.changed.push(moved);
		else since[STEP[to]! > STEP[from]! ? 'up' : 'down'].push(moved);
	}
	return since;
}

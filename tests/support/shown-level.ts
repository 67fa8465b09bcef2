/**
 * A level's descriptor as the content writes it against what a built page shows of it: a single
 * descriptor as its text, a list of criteria as list items, each with its examples and, where the
 * page anchors criteria, its id. Used by the page tests of every ladder, lists or not.
 */
import { expect } from 'vitest';
import { fold } from './built-pages.ts';
import { readable } from './readable.ts';

export type RawCriterion = string | { text: string; id?: string; examples?: string[] };
export type RawLevel = string | RawCriterion[];

/** The criteria of a level as written, with their examples; a single descriptor is not a list. */
export function rawCriteria(level: RawLevel): { text: string; id?: string | undefined; examples: string[] }[] {
	if (typeof level === 'string') return [];
	return level.map((item) => (typeof item === 'string' ? { text: item, examples: [] } : { text: item.text, id: item.id, examples: item.examples ?? [] }));
}

/** What a reader sees of the level written: its text, or each criterion's text and examples. */
export function expectedLevel(level: RawLevel | undefined): ShownLevel {
	if (level === undefined) return { text: '' };
	if (typeof level === 'string') return { text: readable(level) };
	return { criteria: rawCriteria(level).map((c) => ({ text: readable(c.text), examples: c.examples.map(readable) })) };
}

/** What a page shows of a level inside `cell`. */
export function shownLevel(cell: Element | null | undefined): ShownLevel {
	const list = cell?.querySelector('ul.criteria');
	if (!list) return { text: fold(cell?.textContent) };
	return {
		criteria: [...list.children].map((li) => {
			const clone = li.cloneNode(true) as Element;
			for (const extra of clone.querySelectorAll('details, .criterion-tag')) extra.remove();
			return { text: fold(clone.textContent), examples: [...li.querySelectorAll('details li')].map((e) => fold(e.textContent)) };
		}),
	};
}

/**
 * Every criterion of the level is anchored in `cell` in the order written: at its written id, or
 * at an id of its own; returns the ids.
 */
export function expectAnchoredCriteria(cell: Element | null | undefined, level: RawLevel, where: string): string[] {
	const ids = criterionAnchors(cell);
	const written = rawCriteria(level).map((c) => c.id);
	expect(ids, where).toHaveLength(written.length);
	ids.forEach((id, index) => {
		expect(id, where).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
		if (written[index]) expect(id, where).toBe(written[index]);
	});
	return ids;
}

export type ShownLevel = { text: string } | { criteria: { text: string; examples: string[] }[] };

/** The id each criterion in `cell` is anchored at, in order ('' for a criterion without one). */
export function criterionAnchors(cell: Element | null | undefined): string[] {
	return [...(cell?.querySelectorAll('ul.criteria > li') ?? [])].map((li) => li.querySelector(':scope > .criterion-anchor')?.id ?? '');
}

/**
 * What a reader rates: the role's expectations as items, one per criterion where a level lists
 * criteria, else one per competency. An item's key is its competency, level and criterion id,
 * never its position, so a rating stays with its item however the ladder is reordered.
 */
import type { AssessmentWords } from '../messages/catalogue.ts';
import type { PhrasingContent } from 'mdast';
import type { Assessment, Rating } from './document.ts';

/** `/assessment-data.json`: the ladder as the assessment needs it, text without Markdown. */
export interface AssessmentData {
	ladder: string;
	/** The panel's words, in the language of the site that serves this file. */
	words: AssessmentWords;
	/** The release this ladder is, as `/ladder.json` names it, or "unreleased". */
	release: string;
	/** Level id → label. */
	levels: Record<string, string>;
	areas: { id: string; name: string }[];
	/**
	 * Each level's items: their key, their plain text and, where it has markup, the ladder's Markdown
	 * (its site links as paths of the site, without the base path); in a translated site, the
	 * original's language where the text is not yet translated.
	 */
	competencies: Record<string, { name: string; area: string; levels: Record<string, { key: string; text: string; phrasing?: PhrasingContent[]; lang?: string }[]> }>;
	/** Level ids, lowest first, to rank levels. */
	scale: string[];
	roles: Record<
		string,
		{
			title: string;
			track: string;
			next: string[];
			expects: Record<string, string>;
			/** Competency id → the expected level's name for this role, where it is not the scale's. */
			levelNames?: Record<string, string>;
			/** Competency id → what the expected level means for this role in particular. */
			notes?: Record<string, string>;
		}
	>;
	/** Role ids, by track then grade: the order the target list offers them in. */
	roleOrder: string[];
	tracks: Record<string, string>;
}

/**
 * A record's own entry, or `undefined`: ids come from files and links a reader loads, and
 * `record["constructor"]` would be the object's inherited function, not an entry.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
	return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A role of the ladder by its id, or `undefined` when the ladder has no such role. */
export function roleOf(data: AssessmentData, roleId: string): AssessmentData['roles'][string] | undefined {
	return own(data.roles, roleId);
}

/** An item's key: its competency and level, and its criterion where the level lists criteria. */
export function itemKey(competencyId: string, levelId: string, criterionId?: string): string {
	return criterionId ? `${competencyId}/${levelId}/${criterionId}` : `${competencyId}/${levelId}`;
}

export interface Item {
	key: string;
	text: string;
	/** The item's words as the ladder writes them, as Markdown's syntax tree, where they have markup: for the Markdown pack. */
	phrasing?: PhrasingContent[];
	/** In a translated site, the original's language, where the item is not yet translated. */
	lang?: string;
	competencyId: string;
	competency: string;
	areaId: string;
	level: string;
	/** The role's own words on its level of this competency, part of what it expects, and that role's title. */
	note?: { text: string; role: string };
}

/** Every item the role expects, in the ladder's order. */
export function roleItems(data: AssessmentData, roleId: string): Item[] {
	const role = roleOf(data, roleId);
	return role ? Object.entries(role.expects).flatMap(([competencyId, levelId]) => itemsAt(data, roleId, competencyId, levelId)) : [];
}

/**
 * What the target role expects beyond this one: the items of each competency it expects at a
 * higher level than this role does, or that this role does not expect at all.
 */
export function gapItems(data: AssessmentData, roleId: string, targetId: string): Item[] {
	const here = roleOf(data, roleId)?.expects ?? {};
	const target = roleOf(data, targetId)?.expects ?? {};
	const rank = (levelId: string | undefined) => (levelId === undefined ? -1 : data.scale.indexOf(levelId));
	return Object.entries(target)
		.filter(([competencyId, levelId]) => rank(levelId) > rank(own(here, competencyId)))
		.flatMap(([competencyId, levelId]) => itemsAt(data, targetId, competencyId, levelId));
}

/** The items of a competency at a level, as the role that expects it names the level and speaks of it. */
function itemsAt(data: AssessmentData, roleId: string, competencyId: string, levelId: string): Item[] {
	const competency = own(data.competencies, competencyId);
	if (!competency) return [];
	const role = roleOf(data, roleId);
	const note = own(role?.notes, competencyId);
	return (own(competency.levels, levelId) ?? []).map(({ key, text, phrasing, lang }) => ({
		key,
		text,
		...(phrasing ? { phrasing } : {}),
		...(lang ? { lang } : {}),
		competencyId,
		competency: competency.name,
		areaId: competency.area,
		level: own(role?.levelNames, competencyId) ?? own(data.levels, levelId) ?? levelId,
		...(note && role ? { note: { text: note, role: role.title } } : {}),
	}));
}

/**
 * How a saved rating stands against the ladder as it is now: its item's words changed since it
 * was rated, or its item is gone (the role no longer expects it, or it was removed). Either way
 * the rating is kept and shown, never moved to another item.
 */
export function staleRatings(assessment: Assessment, items: readonly Item[]): { changed: Set<string>; gone: [string, Rating][] } {
	const byKey = new Map(items.map((item) => [item.key, item]));
	const changed = new Set<string>();
	const gone: [string, Rating][] = [];
	for (const [key, rating] of Object.entries(assessment.ratings)) {
		const item = byKey.get(key);
		if (!item) gone.push([key, rating]);
		else if (item.text !== rating.text) changed.add(key);
	}
	return { changed, gone };
}

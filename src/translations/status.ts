/**
 * Where a translation stands against the ladder, field by field:
 *
 * - **current**: the original says what it said in the release the field was translated from;
 * - **stale**: the original changed since that release (or did not exist in it): the translation
 *   is shown with a mark, and the original's change since is what the translator reads;
 * - **missing**: the original has the field and the translation does not: the original is shown;
 * - **orphaned**: the translation has a field whose original is gone: never shown.
 *
 * Releases are snapshots of `/ladder.json`, so "what the original said then" is a lookup of the
 * same key in the release's fields (`fields.ts`).
 */
import type { LadderExport } from '../io/ladder-export-schema.ts';
import type { TranslationData } from '../schemas/translation.ts';
import { translatedFields } from './entries.ts';
import { fieldKey, originalFields, sameText, type FieldText } from './fields.ts';

export const FIELD_STATES = ['current', 'stale', 'missing', 'orphaned'] as const;
export type FieldState = (typeof FIELD_STATES)[number];

export interface FieldStatus {
	key: string;
	path: readonly string[];
	state: FieldState;
	/** The original now; absent for an orphan. */
	original?: FieldText;
	/** The translation; absent for a missing field. */
	translation?: FieldText;
	/** The release it was translated from. */
	from?: string;
	/** For a stale field, the original in that release; absent when the field is newer than it. */
	then?: FieldText;
}

/**
 * Every field of the ladder now, in the order a translator reads them, then the orphans in the
 * translation file's order. `release` gives a release's ladder by name; the check has made sure
 * that every release a translation names exists.
 */
export function translationStatus(ladder: LadderExport, translation: TranslationData, release: (name: string) => LadderExport | undefined): FieldStatus[] {
	const translated = new Map(translatedFields(translation).map((field) => [fieldKey(field.path), field]));
	const then = new Map<string, Map<string, FieldText>>();
	const originalIn = (name: string, key: string) => {
		let fields = then.get(name);
		if (!fields) {
			const snapshot = release(name);
			fields = new Map(snapshot ? originalFields(snapshot).map((field) => [fieldKey(field.path), field.text]) : []);
			then.set(name, fields);
		}
		return fields.get(key);
	};
	const now = originalFields(ladder);
	const known = new Set(now.map((field) => fieldKey(field.path)));
	const statuses = now.map(({ path, text }): FieldStatus => {
		const key = fieldKey(path);
		const field = translated.get(key);
		if (!field) return { key, path, state: 'missing', original: text };
		const was = originalIn(field.from, key);
		const state = sameText(was, text) ? 'current' : 'stale';
		return { key, path, state, original: text, translation: field.text, from: field.from, ...(state === 'stale' && was !== undefined ? { then: was } : {}) };
	});
	const orphans = [...translated].filter(([key]) => !known.has(key)).map(([key, field]): FieldStatus => ({ key, path: field.path, state: 'orphaned', translation: field.text, from: field.from }));
	return [...statuses, ...orphans];
}

/** How many fields are in each state. */
export function countStates(statuses: readonly FieldStatus[]): Record<FieldState, number> {
	const counts = Object.fromEntries(FIELD_STATES.map((state) => [state, 0])) as Record<FieldState, number>;
	for (const status of statuses) counts[status.state]++;
	return counts;
}

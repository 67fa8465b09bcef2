/**
 * The texts of a ladder a translation can translate, each by its key in a translation file
 * (`competencies.coding.criteria.tests-first.text`). Read from `/ladder.json`'s shape, so that the
 * ladder now and any release snapshot give the same keys: what a field said when it was
 * translated, and what it says now, are two lookups of one key.
 */
import type { LadderExport } from '../io/ladder-export-schema.ts';

/** A field's text: most are one text; a criterion's examples are translated as one list. */
export type FieldText = string | readonly string[];

export interface OriginalField {
	/** The field's path in a translation file, each part a key (ids never hold a dot). */
	path: readonly string[];
	text: FieldText;
}

/** The key of a path, as the translation file's nesting reads and as problems name fields. */
export const fieldKey = (path: readonly string[]) => path.join('.');

/** Every translatable field of the ladder, in the order of the file a translator fills. */
export function originalFields(ladder: LadderExport): OriginalField[] {
	const fields: OriginalField[] = [];
	const add = (path: string[], text: FieldText | undefined) => {
		if (text !== undefined && text.length > 0) fields.push({ path, text });
	};
	add(['ladder', 'name'], ladder.name);
	add(['ladder', 'description'], ladder.description);
	for (const level of ladder.levels) {
		add(['levels', level.id, 'label'], level.label);
		add(['levels', level.id, 'description'], level.description);
	}
	for (const group of ladder.groups ?? []) {
		add(['groups', group.id, 'name'], group.name);
		add(['groups', group.id, 'description'], group.description);
	}
	for (const track of ladder.tracks) {
		add(['tracks', track.id, 'name'], track.name);
		add(['tracks', track.id, 'description'], track.description);
		for (const [level, label] of Object.entries(track.levelLabels ?? {})) add(['tracks', track.id, 'levelLabels', level], label);
	}
	for (const area of ladder.areas) {
		add(['areas', area.id, 'name'], area.name);
		add(['areas', area.id, 'description'], area.description);
	}
	for (const competency of ladder.competencies) {
		const at = ['competencies', competency.id];
		add([...at, 'name'], competency.name);
		add([...at, 'description'], competency.description);
		for (const [level, label] of Object.entries(competency.labels ?? {})) add([...at, 'labels', level], label);
		for (const [level, described] of Object.entries(competency.descriptors)) {
			if (typeof described === 'string') add([...at, 'levels', level], described);
			else {
				for (const criterion of described) {
					add([...at, 'criteria', criterion.id, 'text'], criterion.text);
					add([...at, 'criteria', criterion.id, 'examples'], criterion.examples);
				}
			}
		}
	}
	for (const role of ladder.roles) {
		add(['roles', role.id, 'title'], role.title);
		add(['roles', role.id, 'summary'], role.summary);
		for (const expectation of role.expectations) add(['roles', role.id, 'notes', expectation.competency], expectation.note);
	}
	return fields;
}

/** Whether two versions of a field say the same. */
export function sameText(a: FieldText | undefined, b: FieldText | undefined): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/** A field's text as one string: a list's items one a line. */
export function asText(text: FieldText): string {
	return typeof text === 'string' ? text : text.join('\n');
}

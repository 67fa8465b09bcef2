/**
 * A translation file's fields, flattened to the keys of `fields.ts`: each with its text and the
 * release it was translated from (the entry's own `from`, else the file's `translatedFrom`).
 */
import type { EntryData, TranslationData } from '../schemas/translation.ts';
import type { FieldText } from './fields.ts';

export interface TranslatedField {
	path: readonly string[];
	text: FieldText;
	/** The release the original was read in when this was translated. */
	from: string;
	/** Whether `from` is the entry's own (`{ text, from }`) rather than the file's. */
	ownRelease: boolean;
}

export function translatedFields(data: TranslationData): TranslatedField[] {
	const fields: TranslatedField[] = [];
	const add = (path: string[], entry: EntryData | readonly string[] | { text: readonly string[]; from: string } | undefined) => {
		if (entry === undefined) return;
		if (typeof entry === 'string' || Array.isArray(entry)) fields.push({ path, text: entry as FieldText, from: data.translatedFrom, ownRelease: false });
		else {
			const { text, from } = entry as { text: FieldText; from: string };
			fields.push({ path, text, from, ownRelease: true });
		}
	};
	const each = <T>(record: Record<string, T> | undefined, visit: (id: string, value: T) => void) => {
		for (const [id, value] of Object.entries(record ?? {})) visit(id, value);
	};
	add(['ladder', 'name'], data.ladder?.name);
	add(['ladder', 'description'], data.ladder?.description);
	for (const kind of ['levels', 'groups', 'areas'] as const) {
		each(data[kind], (id, value) => {
			for (const [key, entry] of Object.entries(value)) add([kind, id, key], entry as EntryData);
		});
	}
	each(data.tracks, (id, track) => {
		add(['tracks', id, 'name'], track.name);
		add(['tracks', id, 'description'], track.description);
		each(track.levelLabels, (level, entry) => add(['tracks', id, 'levelLabels', level], entry));
	});
	each(data.competencies, (id, competency) => {
		add(['competencies', id, 'name'], competency.name);
		add(['competencies', id, 'description'], competency.description);
		each(competency.labels, (level, entry) => add(['competencies', id, 'labels', level], entry));
		each(competency.levels, (level, entry) => add(['competencies', id, 'levels', level], entry));
		each(competency.criteria, (criterion, entry) => {
			add(['competencies', id, 'criteria', criterion, 'text'], entry.text);
			add(['competencies', id, 'criteria', criterion, 'examples'], entry.examples);
		});
	});
	each(data.roles, (id, role) => {
		add(['roles', id, 'title'], role.title);
		add(['roles', id, 'summary'], role.summary);
		each(role.notes, (competency, entry) => add(['roles', id, 'notes', competency], entry));
	});
	return fields;
}

/** The releases a file names: its `translatedFrom` and each entry's own `from`, with where each is written. */
export function namedReleases(data: TranslationData): { release: string; field: string }[] {
	return [
		{ release: data.translatedFrom, field: 'translatedFrom' },
		...translatedFields(data)
			.filter((field) => field.ownRelease)
			.map((field) => ({ release: field.from, field: `${field.path.join('.')}.from` })),
	];
}

/**
 * What a page says of a text in a translated site: nothing where it is translated and current; a
 * text not yet translated is the original, in the original's language, marked so; a translation
 * whose original changed since says so, with the original's words since.
 */
import { wordChanges, type WordChange } from '../../history/word-changes.ts';
import type { LadderTranslation } from '../../model/ladder/types.ts';
import { inlineText } from './inline-markdown.ts';

export type FieldMark =
	| { kind: 'missing'; lang: string; label: string }
	| {
			kind: 'stale';
			label: string;
			/** "Since v1, the original reads:", in the reader's language. */
			since: string;
			/** The original's change since, word by word, in the original's language. */
			changes: WordChange[];
			lang: string;
	  };

/** The mark of the field `key`, or none: in the original site, and for a current translation. */
export function fieldMark(translation: LadderTranslation | undefined, key: string | undefined): FieldMark | undefined {
	const field = translation && key !== undefined ? translation.fields.get(key) : undefined;
	if (!translation || !field || field.state === 'current') return undefined;
	if (field.state === 'missing') return missingMark(translation);
	return {
		kind: 'stale',
		label: words(translation, 'translation.stale'),
		since: words(translation, 'translation.stale-since').replace('{release}', field.from ?? ''),
		changes: wordChanges(inlineText(field.then ?? ''), inlineText(field.original)),
		lang: translation.originalLanguage,
	};
}

/** The mark of a text shown in the original, such as a role's body not yet translated. */
export function missingMark(translation: LadderTranslation): FieldMark {
	return { kind: 'missing', lang: translation.originalLanguage, label: words(translation, 'translation.missing') };
}

/** A message of the site in the translation's language (`translations/messages.ts`). */
function words(translation: LadderTranslation, id: string): string {
	return translation.messages[id] ?? id;
}

/** The `lang` a text's element needs: the original's, where the text is not yet translated. */
export function markLang(mark: FieldMark | undefined): string | undefined {
	return mark?.kind === 'missing' ? mark.lang : undefined;
}

/**
 * The `lang` of a name shown away from its own page (a link in the sidebar, a table's heading),
 * where the page has no room for a mark: the original's, where the name is not yet translated.
 */
export function nameLang(translation: LadderTranslation | undefined, key: string): string | undefined {
	return translation?.fields.get(key)?.state === 'missing' ? translation.originalLanguage : undefined;
}

/** The mark of a criterion's text, by its id. */
export function criterionMark(translation: LadderTranslation | undefined, criterionId: string): FieldMark | undefined {
	return fieldMark(translation, translation?.criterionKeys.get(criterionId));
}

import { z } from 'astro/zod';

/**
 * A language as a BCP 47 tag, in its canonical form (`en`, `fr`, `pt-BR`, `zh-Hant`): it names a
 * translation's file and its part of the site's address, so `FR` and `fr` must not both be possible.
 */
export const LanguageTagSchema = z.string().superRefine((tag, context) => {
	const canonical = canonicalTag(tag);
	if (canonical === undefined) {
		context.addIssue({ code: 'custom', message: `"${tag}" is not a language tag: write a BCP 47 tag such as en, fr, de-CH or pt-BR` });
	} else if (canonical !== tag) {
		context.addIssue({ code: 'custom', message: `write the language tag "${tag}" as ${canonical}` });
	}
});

/** The tag's canonical form, or `undefined` when it is not a tag (the runtime's own BCP 47 parser). */
export function canonicalTag(tag: string): string | undefined {
	try {
		return Intl.getCanonicalLocales(tag)[0];
	} catch {
		return undefined;
	}
}

/**
 * The language a build writes the site in: the ladder's own (nothing set), or one of its
 * translations, which the build of the original starts once per language (`LADDER_LANGUAGE`,
 * `src/integrations/translated-sites.ts`) to write under `/<tag>/`.
 */
export function builtLanguage(): string | undefined {
	return process.env['LADDER_LANGUAGE'] || undefined;
}

/** The collection of a translation's role bodies, in a build of the site in that language. */
export const TRANSLATED_ROLES = 'translatedRoles';

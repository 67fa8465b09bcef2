/**
 * The site's language, as Starlight's root locale: every page declares it in `<html lang>` (so a
 * screen reader speaks the ladder in its own language, and Pagefind indexes it under it), and
 * Starlight's own words (search, navigation) are in it where Starlight has them. English, the
 * default, needs no locale: Starlight's own default is the same.
 */
export function siteLocales(language: string): { locales: Record<'root', { label: string; lang: string; dir: 'ltr' | 'rtl' }> } | Record<string, never> {
	if (language === 'en') return {};
	return { locales: { root: { label: languageName(language), lang: language, dir: textDirection(language) } } };
}

/** A language's name in itself ("français", "English"), as a reader looks for their own. */
export function languageName(language: string): string {
	const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
	// Names of languages are lowercase in many languages; a link starting a list reads as a name.
	return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

/**
 * The same page in each language the site is published in: the original at the site's root, each
 * translation under `/<tag>/`. `base` is this build's deployment base, `path` the page's address.
 */
export function languageLinks(languages: { original: string; translations: readonly string[]; current: string }, base: string, path: string) {
	const here = base.replace(/\/$/, '');
	const root = languages.current === languages.original ? here : here.slice(0, here.length - `/${languages.current}`.length);
	const rest = path.startsWith(`${here}/`) || path === here ? path.slice(here.length) || '/' : path;
	return [languages.original, ...languages.translations].map((language) => ({
		language,
		name: languageName(language),
		href: `${root}${language === languages.original ? '' : `/${language}`}${rest}`,
		current: language === languages.current,
	}));
}

/** Right to left for the scripts written so (Arabic, Hebrew, …), from the runtime's locale data. */
function textDirection(language: string): 'ltr' | 'rtl' {
	const locale = new Intl.Locale(language) as Intl.Locale & { getTextInfo?: () => { direction: string }; textInfo?: { direction: string } };
	const info = locale.getTextInfo?.() ?? locale.textInfo;
	return info?.direction === 'rtl' ? 'rtl' : 'ltr';
}

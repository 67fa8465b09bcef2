/**
 * The site's language, as Starlight's root locale: every page declares it in `<html lang>` (so a
 * screen reader speaks the ladder in its own language, and Pagefind indexes it under it), and
 * Starlight's own words (search, navigation) are in it where Starlight has them. English, the
 * default, needs no locale: Starlight's own default is the same.
 */
export function siteLocales(language: string): { locales: Record<'root', { label: string; lang: string; dir: 'ltr' | 'rtl' }> } | Record<string, never> {
	if (language === 'en') return {};
	const label = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
	return { locales: { root: { label, lang: language, dir: textDirection(language) } } };
}

/** Right to left for the scripts written so (Arabic, Hebrew, …), from the runtime's locale data. */
function textDirection(language: string): 'ltr' | 'rtl' {
	const locale = new Intl.Locale(language) as Intl.Locale & { getTextInfo?: () => { direction: string }; textInfo?: { direction: string } };
	const info = locale.getTextInfo?.() ?? locale.textInfo;
	return info?.direction === 'rtl' ? 'rtl' : 'ltr';
}

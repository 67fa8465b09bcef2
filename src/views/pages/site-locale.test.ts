import { describe, expect, test } from 'vitest';
import { siteLocales } from './site-locale.ts';

describe('the site’s language as Starlight’s root locale', () => {
	test('English, the default, needs none', () => {
		expect(siteLocales('en')).toEqual({});
	});

	test('another language is named in itself, with its direction', () => {
		expect(siteLocales('fr')).toEqual({ locales: { root: { label: 'français', lang: 'fr', dir: 'ltr' } } });
		expect(siteLocales('en-GB').locales?.root.lang).toBe('en-GB');
		expect(siteLocales('ar').locales?.root).toMatchObject({ lang: 'ar', dir: 'rtl' });
		expect(siteLocales('he').locales?.root.dir).toBe('rtl');
	});
});

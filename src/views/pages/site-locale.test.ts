import { describe, expect, test } from 'vitest';
import { languageLinks, siteLocales } from './site-locale.ts';

describe('the site’s language as Starlight’s root locale', () => {
	test('English, the default, needs none', () => {
		expect(siteLocales('en')).toEqual({});
	});

	test('another language is named in itself, with its direction', () => {
		expect(siteLocales('fr')).toEqual({ locales: { root: { label: 'Français', lang: 'fr', dir: 'ltr' } } });
		expect(siteLocales('en-GB').locales?.root.lang).toBe('en-GB');
		expect(siteLocales('ar').locales?.root).toMatchObject({ lang: 'ar', dir: 'rtl' });
		expect(siteLocales('he').locales?.root.dir).toBe('rtl');
	});
});

describe('the links to a page in each language', () => {
	const languages = { original: 'en', translations: ['fr', 'de-CH'] };

	test('lead from the original to the same page under each tag', () => {
		expect(languageLinks({ ...languages, current: 'en' }, '/', '/roles/dev/')).toEqual([
			{ language: 'en', name: 'English', href: '/roles/dev/', current: true },
			{ language: 'fr', name: 'Français', href: '/fr/roles/dev/', current: false },
			{ language: 'de-CH', name: 'Schweizer Hochdeutsch', href: '/de-CH/roles/dev/', current: false },
		]);
	});

	test('lead from a translation back, under a deployment base too', () => {
		expect(languageLinks({ ...languages, current: 'fr' }, '/ladder/fr/', '/ladder/fr/competencies/').map((link) => link.href)).toEqual([
			'/ladder/competencies/',
			'/ladder/fr/competencies/',
			'/ladder/de-CH/competencies/',
		]);
		expect(languageLinks({ ...languages, current: 'fr' }, '/fr', '/fr/').map((link) => link.href)).toEqual(['/', '/fr/', '/de-CH/']);
	});
});

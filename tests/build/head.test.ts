import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPagePaths, readPage } from '../support/built-pages.ts';
import { rawContent, siteLanguages } from '../support/raw-content.ts';
import { ALL_SITES } from '../support/sites.ts';

describe.each(ALL_SITES)('the <head> of every $name page', (site) => {
	const content = rawContent(site.contentDir);
	const name = content.ladder.name;

	test('starts with the Content Security Policy, so it governs everything after it', () => {
		for (const path of builtPagePaths(site.dist)) {
			const head = readPage(site.dist, path).head;
			const [first, second] = [...head.children];

			// The character set comes first (it must be in the first 1,024 bytes), then the policy.
			expect(first?.outerHTML, path).toBe('<meta charset="utf-8">');
			expect(second?.getAttribute('http-equiv'), path).toBe('content-security-policy');
		}
	});

	test('is declared in its language: the ladder’s (`language`, English when left out), or its translation’s under /<tag>/; and searched in it', () => {
		const languages = siteLanguages(site.contentDir);
		for (const path of builtPagePaths(site.dist)) {
			expect(readPage(site.dist, path).documentElement.getAttribute('lang'), path).toBe(languages.of(path));
		}
		// Pagefind indexes each language apart, by the pages' `lang`: each site one index, its language's.
		for (const [folder, language] of [['', languages.original], ...languages.translations.map((tag) => [tag, tag])] as const) {
			const entry = JSON.parse(readFileSync(join(site.dist, folder, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
			expect(Object.keys(entry.languages)).toEqual([language.toLowerCase()]);
		}
	});

	test('has one title, read as the text the ladder wrote, with nothing after it but its own tags', () => {
		const expected = new Map<string, string>([
			['/', `${name} | ${name}`],
			...content.roles.map((role) => [`/roles/${role.id}/`, `${role.title} | ${name}`] as const),
			...content.ladder.tracks.map((track) => [`/tracks/${track.id}/`, `${track.name} | ${name}`] as const),
			...content.competencies.map((c) => [`/competencies/${c.id}/`, `${c.name} | ${name}`] as const),
			...content.guides.map((guide) => [`/${guide.id}/`, `${guide.title} | ${name}`] as const),
		]);
		for (const [path, title] of expected) {
			const page = readPage(site.dist, path);

			expect(page.head.querySelectorAll('title').length, path).toBe(1);
			expect(page.title, path).toBe(title);
		}
	});
});

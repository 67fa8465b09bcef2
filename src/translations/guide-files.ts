import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml, splitFrontmatter } from '../model/files/read-content.ts';

/**
 * Where the site's guides are read, as the glob loader takes it: `docs/`, and in a build of a
 * translation that translates guides, each translated one of `translations/<tag>/docs/` in its
 * original's place (the original left out, so that the two never share an id).
 */
export function guideFiles(dir: string, language: string | undefined): { base: string; pattern: string | string[] } {
	const folder = language && join(dir, 'translations', language, 'docs');
	if (!folder || !existsSync(folder)) return { base: `${dir}/docs`, pattern: '**/*.{md,mdx}' };
	const translated = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => /\.mdx?$/.test(name) && !name.split('/').some((part) => part.startsWith('.')));
	const name = (file: string) => file.replace(/\.mdx?$/, '');
	return {
		base: dir,
		pattern: ['docs/**/*.{md,mdx}', ...translated.flatMap((file) => [`!docs/${name(file)}.md`, `!docs/${name(file)}.mdx`]), ...translated.map((file) => `translations/${language}/docs/${file}`)],
	};
}

/** A guide's id from its file's path in the loader's base (either base of `guideFiles`). */
export function guideId(entry: string): string {
	return `guides/${entry.replace(/^translations\/[^/]+\/docs\//, '').replace(/^docs\//, '').replace(/\.mdx?$/, '')}`;
}

/** The guides as a translation lists them: each translated one under its translated title. */
export function guideTitles<T extends { id: string; title: string }>(dir: string, language: string, guides: readonly T[]): T[] {
	return guides.map((guide) => {
		const name = guide.id.replace(/^guides\//, '');
		const file = ['.md', '.mdx'].map((extension) => join(dir, 'translations', language, 'docs', `${name}${extension}`)).find((path) => existsSync(path));
		if (!file) return guide;
		const parts = splitFrontmatter(readFileSync(file, 'utf8'));
		// The check has read the file already: what it accepted has a title.
		const data = parts ? (parseYaml(parts.yaml, file, []) as { title?: unknown } | null) : null;
		return typeof data?.title === 'string' ? { ...guide, title: data.title } : guide;
	});
}

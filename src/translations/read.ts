/**
 * Reads and checks a ladder's translations: `translations/<tag>.yaml` for each language that
 * `ladder.yaml` lists, and the translated role bodies and guides of `translations/<tag>/`. What
 * is wrong with a file (an unknown tag or release, a key the format does not have, Markdown the
 * site refuses) is a problem that fails the check; a translated field or page whose original is
 * gone is an orphan, a warning: never shown, and no reason to fail a build.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { z } from 'astro/zod';
import { readReleases, type Release } from '../history/releases.ts';
import type { LadderExport } from '../io/ladder-export-schema.ts';
import { ladderToJson } from '../io/ladder-json.ts';
import type { Ladder } from '../model/ladder/types.ts';
import { didYouMean } from '../model/files/closest.ts';
import { staysInside } from '../model/files/content-files.ts';
import { LadderError, WHOLE_FILE, type Problem } from '../model/files/problems.ts';
import { bodyProblems, parseYaml, splitFrontmatter, type GuideFile } from '../model/files/read-content.ts';
import { parseWithProblems } from '../model/files/schema-problems.ts';
import { GuideSchema } from '../schemas/guide.ts';
import { IdSchema } from '../schemas/id.ts';
import { ReleaseNameSchema, TranslationSchema, type TranslationData } from '../schemas/translation.ts';
import { namedReleases } from './entries.ts';
import { MESSAGE_IDS } from '../messages/catalogue.ts';
import { translatedLadder } from './translate.ts';
import { translationStatus, type FieldStatus } from './status.ts';

export const TRANSLATIONS_FOLDER = 'translations';

/** One language's translation, read and checked. */
export interface Translation {
	tag: string;
	file: string;
	data: TranslationData;
	fields: FieldStatus[];
	/** The translated role bodies and guides, and the originals that have none. */
	pages: PageStatus[];
}

/** A role's body or a guide, translated or not. Bodies are not in release snapshots: one translated is "translated", never known stale. */
export interface PageStatus {
	kind: 'role' | 'guide';
	id: string;
	state: 'translated' | 'missing' | 'orphaned';
	/** The translated file, where there is one. */
	file?: string;
	translatedFrom?: string;
}

/** What the translations are checked against: the ladder now, its guides and its releases. */
export interface Originals {
	ladder: LadderExport;
	language: string;
	translations: readonly string[];
	/** Guide ids as the folder names them (`self-review`, `how-to/promotion`). */
	guides: readonly string[];
	releases: readonly Release[];
}

const RoleBodySchema = z.strictObject({ translatedFrom: ReleaseNameSchema.optional() });
const GuideTranslationSchema = GuideSchema.extend({ translatedFrom: ReleaseNameSchema.optional() });

/** The ladder's translations, checked against the ladder as loaded and its releases. */
export function ladderTranslations(dir: string, ladder: Ladder, guides: readonly GuideFile[], releases: readonly Release[]) {
	return readTranslations(dir, {
		ladder: ladderToJson(ladder),
		language: ladder.language,
		translations: ladder.translations,
		guides: guides.map((guide) => guide.id.replace(/^guides\//, '')),
		releases,
	});
}

/**
 * The ladder's releases and translations, read and checked together: what the check, the build and
 * the commands that read translations need. Broken releases are reported alone, before the
 * translations that would name them.
 */
export function checkedTranslations(dir: string, ladder: Ladder, guides: readonly GuideFile[]): { releases: Release[] } & ReturnType<typeof readTranslations> {
	const { releases, problems } = readReleases(dir);
	if (problems.length > 0) return { releases, translations: [], problems, warnings: [] };
	return { releases, ...ladderTranslations(dir, ladder, guides, releases) };
}

/**
 * The ladder as its translation into `tag` shows it (`translate.ts`), for the site in that
 * language; the files are checked as the check does, and a problem is thrown.
 */
export function ladderIn(dir: string, ladder: Ladder, tag: string, releases: readonly Release[]): Ladder {
	// The guides' translations are the site's collection's to find; the fields need none of them.
	const { translations, problems } = ladderTranslations(dir, ladder, [], releases);
	if (problems.length > 0) throw new LadderError(problems);
	const translation = translations.find((each) => each.tag === tag);
	if (!translation) throw new Error(`The ladder is not translated into "${tag}": ladder.yaml's translations lists ${ladder.translations.join(', ') || 'none'}`);
	return translatedLadder(ladder, tag, translation.fields, translation.data.ui);
}

export function readTranslations(dir: string, originals: Originals): { translations: Translation[]; problems: Problem[]; warnings: Problem[] } {
	const problems: Problem[] = [];
	const warnings: Problem[] = [];
	const folder = join(dir, TRANSLATIONS_FOLDER);
	const ladderFile = join(dir, 'ladder.yaml');
	const listed = listedTags(originals, ladderFile, problems);
	problems.push(...strayFiles(folder, listed));
	const releaseNames = originals.releases.map((release) => release.name);
	const releaseOf = (name: string) => originals.releases.find((release) => release.name === name)?.ladder;
	const translations: Translation[] = [];
	for (const [index, tag] of listed) {
		const file = join(folder, `${tag}.yaml`);
		if (!existsSync(file) || !staysInside(dir, file)) {
			if (!existsSync(file)) problems.push({ file: ladderFile, field: `translations[${index}]`, message: translationProblems.noFile(tag) });
			continue;
		}
		const found: Problem[] = [];
		const parsed = parseWithProblems(TranslationSchema, parseYaml(readFileSync(file, 'utf8'), file, found), file);
		found.push(...parsed.problems);
		const pages = readPages(dir, tag, originals, releaseNames, found, warnings);
		if (parsed.data) {
			for (const id of Object.keys(parsed.data.ui ?? {}).filter((id) => !(MESSAGE_IDS as readonly string[]).includes(id))) {
				found.push({ file, field: `ui.${id}`, message: translationProblems.unknownMessage(id) });
			}
			for (const { release, field } of namedReleases(parsed.data)) {
				if (!releaseNames.includes(release)) found.push({ file, field, message: translationProblems.unknownRelease(release, releaseNames) });
			}
		}
		problems.push(...found);
		if (!parsed.data || found.length > 0) continue;
		const fields = translationStatus(originals.ladder, parsed.data, releaseOf);
		for (const orphan of fields.filter((field) => field.state === 'orphaned')) warnings.push({ file, field: orphan.key, message: translationProblems.orphan() });
		translations.push({ tag, file, data: parsed.data, fields, pages });
	}
	return { translations, problems, warnings };
}

/** The tags of `translations`, each with its place in the list, once each; their mistakes are problems of ladder.yaml. */
function listedTags(originals: Originals, ladderFile: string, problems: Problem[]): [number, string][] {
	const seen = new Set<string>();
	return originals.translations.flatMap((tag, index): [number, string][] => {
		const field = `translations[${index}]`;
		if (tag === originals.language) problems.push({ file: ladderFile, field, message: translationProblems.ownLanguage(tag) });
		else if (seen.has(tag)) problems.push({ file: ladderFile, field, message: translationProblems.listedTwice(tag) });
		else {
			seen.add(tag);
			return [[index, tag]];
		}
		return [];
	});
}

/** The files of `translations/` that no listed language reads. */
function strayFiles(folder: string, listed: readonly [number, string][]): Problem[] {
	if (!existsSync(folder)) return [];
	const tags = new Set(listed.map(([, tag]) => tag));
	return readdirSync(folder)
		.filter((name) => !name.startsWith('.'))
		.flatMap((name): Problem[] => {
			const file = join(folder, name);
			const isFolder = statSync(file).isDirectory();
			const tag = isFolder ? name : name.slice(0, -extname(name).length);
			if (!isFolder && extname(name) !== '.yaml') return [{ file, field: WHOLE_FILE, message: translationProblems.notTranslationFile() }];
			return tags.has(tag) ? [] : [{ file, field: WHOLE_FILE, message: translationProblems.unlistedTag(tag) }];
		});
}

/** One language's translated role bodies and guides, checked as the originals' are; and the originals without one. */
function readPages(dir: string, tag: string, originals: Originals, releases: readonly string[], found: Problem[], warnings: Problem[]): PageStatus[] {
	const root = join(dir, TRANSLATIONS_FOLDER, tag);
	const roles = new Set(originals.ladder.roles.map((role) => role.id));
	const guides = new Set(originals.guides);
	const translated: PageStatus[] = [];
	const files = existsSync(root) ? readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => !name.split('/').some((part) => part.startsWith('.'))) : [];
	for (const name of files.sort()) {
		const file = join(root, name);
		if (!staysInside(dir, file) || statSync(file).isDirectory()) continue;
		const [section, ...rest] = name.split('/');
		const extension = extname(name);
		const id = rest.join('/').slice(0, -extension.length);
		const kind = section === 'roles' && rest.length === 1 ? 'role' : section === 'docs' && rest.length > 0 ? 'guide' : undefined;
		if (!kind || !['.md', '.mdx'].includes(extension)) {
			found.push({ file, field: WHOLE_FILE, message: translationProblems.notPageFile(tag) });
			continue;
		}
		if (id.split('/').some((part) => !IdSchema.safeParse(part).success)) {
			found.push({ file, field: WHOLE_FILE, message: translationProblems.badPageName(id) });
			continue;
		}
		const text = readFileSync(file, 'utf8');
		const parts = splitFrontmatter(text);
		// No frontmatter, or an empty one, is allowed: a role's body needs none.
		const yaml = parts ? parseYaml(parts.yaml, file, found, 1) : null;
		const data = yaml === null ? {} : yaml;
		const parsed = parseWithProblems<{ translatedFrom?: string | undefined }>(kind === 'role' ? RoleBodySchema : GuideTranslationSchema, data, file);
		found.push(...parsed.problems);
		const from = parsed.data?.translatedFrom;
		if (from !== undefined && !releases.includes(from)) found.push({ file, field: 'translatedFrom', message: translationProblems.unknownRelease(from, releases) });
		found.push(...bodyProblems(text, file, dir, new Map()));
		const exists = kind === 'role' ? roles.has(id) : guides.has(id);
		if (!exists) warnings.push({ file, field: WHOLE_FILE, message: translationProblems.orphanPage(kind, id, [...(kind === 'role' ? roles : guides)]) });
		translated.push({ kind, id, state: exists ? 'translated' : 'orphaned', file, ...(from !== undefined ? { translatedFrom: from } : {}) });
	}
	const has = (kind: PageStatus['kind'], id: string) => translated.some((page) => page.kind === kind && page.id === id);
	const missing: PageStatus[] = [
		...[...roles].filter((id) => !has('role', id)).map((id) => ({ kind: 'role' as const, id, state: 'missing' as const })),
		...[...guides].filter((id) => !has('guide', id)).map((id) => ({ kind: 'guide' as const, id, state: 'missing' as const })),
	];
	return [...translated, ...missing];
}

export const translationProblems = {
	noFile: (tag: string) =>
		`lists "${tag}", but there is no file translations/${tag}.yaml: start one with npm run ladder -- translations ${tag} --template --out content/translations/${tag}.yaml, or remove "${tag}" from the list`,
	ownLanguage: (tag: string) => `"${tag}" is the ladder's own language (language, en when left out): remove it from translations`,
	listedTwice: (tag: string) => `"${tag}" is listed twice; remove one`,
	unlistedTag: (tag: string) => `is a translation into "${tag}", which ladder.yaml's translations does not list: add ${tag} to translations, or remove it`,
	notTranslationFile: () => 'is not a translation: the folder holds <tag>.yaml (such as fr.yaml) and a folder <tag>/ of translated role bodies and guides',
	notPageFile: (tag: string) =>
		`is not a translated page: translations/${tag}/ holds roles/<role-id>.mdx (a role's body) and docs/<name>.md (a guide), named as their originals are`,
	badPageName: (id: string) => `"${id}" is not the id of a role or guide: name the file as its original is named`,
	unknownRelease: (release: string, known: readonly string[]) =>
		`"${release}" is not a release in content/releases/${didYouMean(release, known)}${known.length > 0 ? `; the releases are: ${known.join(', ')}` : '; make one with npm run ladder -- release <name>, and name it here'}`,
	unknownMessage: (id: string) => `"${id}" is not a message of the site${didYouMean(id, MESSAGE_IDS)}; the messages are: ${MESSAGE_IDS.join(', ')}`,
	orphan: () => 'translates a field the ladder no longer has (its original was removed or its id changed), so the site never shows it: move it to the new id, or remove it',
	orphanPage: (kind: 'role' | 'guide', id: string, known: readonly string[]) =>
		`translates the ${kind} "${id}", which the ladder no longer has${didYouMean(id, known)}, so the site never shows it: rename it as its original, or remove it`,
} as const;

/**
 * The one module that reads Astro's content collections: it hands their data to the ladder model
 * and gives pages the model and the role bodies to render.
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { currentRelease, readReleases, type Release } from './history/releases.ts';
import { UNRELEASED, type LadderExport } from './io/ladder-export-schema.ts';
import { hiredRoles, interviewKit, type InterviewKit } from './model/hiring/interview-kit.ts';
import { ladderToJson } from './io/ladder-json.ts';
import { contentDir } from './model/files/content-dir.ts';
import { readLadderFiles, type LadderFiles } from './model/files/ladder-files.ts';
import { loadLadder } from './model/files/load.ts';
import { LadderError } from './model/files/problems.ts';
import type { LadderSource } from './model/files/source.ts';
import type { Ladder } from './model/ladder/types.ts';
import { validateLadder } from './model/files/validate.ts';
import { changesPage, type ChangesPage } from './views/pages/changes-page.ts';
import { ladderIn } from './translations/read.ts';
import { wordsOf, type Messages } from './messages/catalogue.ts';
import { builtLanguage, TRANSLATED_ROLES } from './translations/site-language.ts';

let ladderPromise: Promise<Ladder> | undefined;
let shownPromise: Promise<Ladder> | undefined;

/**
 * The validated ladder model, built once per build, in the language the site is built in: the
 * original, or a translation (its texts replaced where translated, each field's state beside).
 */
export async function getLadder(): Promise<Ladder> {
	if (import.meta.env.DEV) return inBuiltLanguage(await getOriginalLadder());
	shownPromise ??= getOriginalLadder().then(inBuiltLanguage);
	return shownPromise;
}

/** The ladder in its own language: what releases are snapshots of. */
async function getOriginalLadder(): Promise<Ladder> {
	if (import.meta.env.DEV) {
		// In the dev server, every page reads the ladder from the files on disk, as they are now: a
		// mistake shows on the page with its file and line, and its fix shows at the next load. The
		// collections can lag behind the disk, or keep what they last read, after a mistake, a
		// restart or a folder deleted and written again; the disk never does.
		return loadLadder(contentDir()).ladder;
	}
	ladderPromise ??= loadFromCollections();
	return ladderPromise;
}

function inBuiltLanguage(ladder: Ladder): Ladder {
	const language = builtLanguage();
	if (!language) return ladder;
	const { releases, problems } = readReleases(contentDir());
	if (problems.length > 0) throw new LadderError(problems);
	return ladderIn(contentDir(), ladder, language, releases);
}

/** The site's own words in the language the site is built in (`src/messages/catalogue.ts`). */
export async function getWords(): Promise<Messages> {
	return wordsOf(await getLadder());
}

let historyPromise: Promise<History> | undefined;

/**
 * The ladder's releases, the current ladder as `/ladder.json` (naming the release it is, if it is
 * one) and what changed between them, read once per build. A release file with a problem fails
 * the build, naming it.
 */
export async function getHistory(): Promise<History> {
	const read = async (): Promise<History> => {
		const [original, ladder] = await Promise.all([getOriginalLadder(), getLadder()]);
		const { releases, problems } = readReleases(contentDir());
		if (problems.length > 0) throw new LadderError(problems);
		// Releases are snapshots of the original: what changed is read in it, whatever the language.
		const release = currentRelease(ladderToJson(original), releases);
		const named = release && { name: release.name, date: release.date };
		const current = ladderToJson(ladder, named);
		return { releases, current, page: changesPage(ladder === original ? current : ladderToJson(original, named), releases) };
	};
	if (import.meta.env.DEV) return read();
	historyPromise ??= read();
	return historyPromise;
}

let kitsPromise: Promise<InterviewKit[]> | undefined;

/**
 * The interview kit of every role hired for from outside, made once per build: the hiring page,
 * the scorecard and the download each show one.
 */
export async function getInterviewKits(): Promise<InterviewKit[]> {
	const read = async () => {
		const [ladder, { releases, current }] = await Promise.all([getLadder(), getHistory()]);
		const latest = releases.at(-1);
		// The ladder's release where it is its latest, and the latest release it changed since.
		const release = { latest, current: current.release !== UNRELEASED ? latest : undefined };
		return hiredRoles(ladder).map((id) => interviewKit(ladder, id, release)!);
	};
	if (import.meta.env.DEV) return read();
	kitsPromise ??= read();
	return kitsPromise;
}

export interface History {
	releases: Release[];
	current: LadderExport;
	page: ChangesPage;
}

/**
 * The ladder's files as written, for the workbook. Read from disk, as `ladder export` reads them:
 * the collections hold what the files mean, not how they are written (a role's body, a short form).
 */
export async function getLadderFiles(): Promise<LadderFiles> {
	// Checked as it is read: the ladder is not validated a second time for the workbook.
	return readLadderFiles(contentDir());
}

/**
 * A role's MDX body, rendered, with its headings for the table of contents: in the language the
 * site is built in where it is translated (`translated`), else the original.
 */
export async function renderRoleBody(id: string) {
	const translation = (await translatedBodies()).get(id);
	const entry = translation ?? (await getEntry('roles', id));
	if (!entry) throw new Error(`No role file for "${id}"`);
	return { ...(await render(entry)), body: entry.body ?? '', translated: translation !== undefined };
}

let bodiesPromise: Promise<Map<string, CollectionEntry<'roles'>>> | undefined;

/** The role bodies translated into the language the site is built in, by role; none for the original. */
function translatedBodies(): Promise<Map<string, CollectionEntry<'roles'>>> {
	// The collection exists only in a translation's build, so its name is not among the typed ones.
	bodiesPromise ??= builtLanguage() ? getCollection(TRANSLATED_ROLES as 'roles').then((entries) => new Map(entries.map((entry) => [entry.id, entry]))) : Promise.resolve(new Map());
	return bodiesPromise;
}

/** The guide pages, in title order, for lists outside the sidebar. */
export async function getGuides(): Promise<Guide[]> {
	const docs = await getCollection('docs');
	return docs
		.map((doc) => ({ id: doc.id, title: doc.data.title, description: doc.data.description }))
		.sort((a, b) => a.title.localeCompare(b.title));
}

async function loadFromCollections(): Promise<Ladder> {
	const [ladderEntry] = await getCollection('ladder');
	const toSource = (entry: { id: string; filePath?: string | undefined; data: unknown }) => ({
		id: entry.id,
		file: entry.filePath ?? entry.id,
		data: entry.data,
	});
	const source: LadderSource = {
		dir: contentDir(),
		ladder: ladderEntry ? toSource(ladderEntry) : { id: 'ladder', file: `${contentDir()}/ladder.yaml`, data: undefined },
		areas: (await getCollection('areas')).map(toSource),
		roles: (await getCollection('roles')).map(toSource),
	};
	const { ladder, problems } = validateLadder(source);
	if (!ladder) throw new LadderError(problems);
	return ladder;
}

export interface Guide {
	id: string;
	title: string;
	description?: string | undefined;
}

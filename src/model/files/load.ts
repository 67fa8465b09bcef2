import { withSuggestionBudget } from './closest.ts';
import { linkProblems, sitePages, yamlLinks } from './content-links.ts';
import { lintLadder, notIgnored } from './lint.ts';
import { LadderError, type Problem } from './problems.ts';
import type { BodyLinks } from './prose.ts';
import { readContent, type GuideFile } from './read-content.ts';
import type { LadderSource } from './source.ts';
import { validateLadder, type LadderOptions } from './validate.ts';
import type { Ladder } from '../ladder/types.ts';
import { linkTarget } from '../ladder/site-links.ts';
import { paths } from '../ladder/paths.ts';

const PUBLISHED_PREFIX = paths.contentFile('');

/**
 * Reads, validates and lints the ladder in `dir`. Throws a `LadderError` listing every problem,
 * and every lint warning too when the ladder asks for strict lint; otherwise returns the warnings.
 */
export function loadLadder(dir: string, options: LadderOptions = {}): LoadedLadder {
	// "Did you mean" is bounded over the whole check, so that it stays linear in the ladder's size.
	return withSuggestionBudget(() => checkLadder(dir, options));
}

/** The checked ladder, and the files it was read from, as written: read once. */
export interface LoadedLadder {
	ladder: Ladder;
	guides: GuideFile[];
	warnings: Problem[];
	/** Every lint warning, those `review.ignore` names included: the review reports which entries matched. */
	linted: Problem[];
	source: LadderSource;
	/** Each role's and guide's body, by file. */
	bodies: Map<string, BodyLinks>;
	/** The files of the folder a text links to that the site publishes as they are (`site-links.ts`). */
	published: PublishedFile[];
}

export interface PublishedFile {
	/** Its address on the site, `/files/…`. */
	path: string;
	/** The file, as read from the content folder. */
	file: string;
}

/** The files the links lead to that the site publishes: each once, in the order first linked. */
function publishedFiles(dir: string, links: readonly { file: string; url: string }[]): PublishedFile[] {
	const found = new Map<string, string>();
	for (const { file, url } of links) {
		const target = linkTarget(dir, file, url);
		// The check has refused a link to a missing file; a file link's page is its address here.
		if (target.kind === 'file' && target.page?.startsWith(PUBLISHED_PREFIX)) found.set(target.page.split('#')[0]!, target.file);
	}
	return [...found].map(([path, file]) => ({ path, file }));
}

function checkLadder(dir: string, options: LadderOptions): LoadedLadder {
	const { source, problems: readProblems, guides, bodies } = readContent(dir);
	const { ladder, problems } = validateLadder(source, options);
	const all = [...readProblems, ...problems];
	if (all.length > 0 || !ladder) throw new LadderError(all);
	// Links are checked against the pages the resolved ladder makes.
	const headings = (file: string) => bodies.get(file)?.headings ?? [];
	const pages = sitePages(
		ladder,
		guides.map((guide) => ({ id: guide.id, headings: headings(guide.file) })),
		new Map(source.roles.map((role) => [role.id, headings(role.file)])),
	);
	const written = [...yamlLinks(source), ...[...bodies].flatMap(([file, body]) => body.links.map((link) => ({ file, ...link })))];
	const broken = linkProblems(dir, written, pages);
	if (broken.length > 0) throw new LadderError(broken);
	const linted = lintLadder(ladder);
	const warnings = notIgnored(linted, ladder);
	if (ladder.strictLint && warnings.length > 0 && !options.keepWarnings) throw new LadderError(warnings);
	return { ladder, guides, warnings, linted, source, bodies, published: publishedFiles(dir, written) };
}

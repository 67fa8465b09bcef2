/**
 * Links written in the ladder: in role and guide bodies, and in descriptors, criteria, examples,
 * notes and descriptions. A link to another file of the ladder by its path (`./d4.mdx`,
 * `../docs/intro.md#setup`) leads to that file's page; a link to a path of the site (`/roles/d4/`)
 * must name a page the build makes, and an anchor the page has where the page's anchors are
 * known. A framework ported file by file keeps its links, and a typo in one is found before a
 * reader follows it to a 404.
 */
import { existsSync } from 'node:fs';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { INLINE_ONLY } from '../../schemas/inline-only.ts';
import { closest } from './closest.ts';
import { paths } from '../ladder/paths.ts';
import { problems, type Problem } from './problems.ts';
import { ROLE_PAGE_SECTION_IDS } from '../ladder/role-page-ids.ts';
import { linkTarget, splitOnce } from '../ladder/site-links.ts';
import { ladderSteps } from '../ladder/steps.ts';
import type { CompetencyAreaData } from '../../schemas/competency-area.ts';
import type { LadderData } from '../../schemas/ladder.ts';
import type { RoleData } from '../../schemas/role.ts';
import type { LadderSource } from './source.ts';
import type { Ladder } from '../ladder/types.ts';

/** A link found in the ladder's text: the file and field it is written in, and its address. */
export interface WrittenLink {
	file: string;
	field: string;
	url: string;
}

/** The links of one inline Markdown text. */
function linksOf(text: unknown): string[] {
	if (typeof text !== 'string' || (!text.includes('](') && !text.includes(']:'))) return [];
	const urls: string[] = [];
	visit(fromMarkdown(text, { extensions: [INLINE_ONLY] }), (node: Nodes) => {
		if (node.type === 'link' || node.type === 'definition') urls.push(node.url);
	});
	return urls;
}

/**
 * Every link written in the ladder's YAML: descriptions, descriptors, criteria, examples and notes,
 * each with the field it stands in, so a problem names the line. Read from files that passed
 * their schema.
 */
export function yamlLinks(source: LadderSource): WrittenLink[] {
	const found: WrittenLink[] = [];
	const add = (file: string, field: string, text: unknown) => {
		for (const url of linksOf(text)) found.push({ file, field, url });
	};
	const ladder = source.ladder.data as LadderData | undefined;
	if (ladder) {
		add(source.ladder.file, 'description', ladder.description);
		ladder.levels.forEach((level, index) => add(source.ladder.file, `levels[${index}].description`, level.description));
		ladder.tracks.forEach((track, index) => add(source.ladder.file, `tracks[${index}].description`, track.description));
	}
	for (const { file, data } of source.areas) {
		const area = data as CompetencyAreaData | undefined;
		if (!area) continue;
		add(file, 'description', area.description);
		area.competencies.forEach((competency, index) => {
			const at = `competencies[${index}]`;
			add(file, `${at}.description`, competency.description);
			for (const [levelId, level] of Object.entries(competency.levels)) {
				if (typeof level === 'string') add(file, `${at}.levels.${levelId}`, level);
				else
					level.forEach((criterion, position) => {
						const field = `${at}.levels.${levelId}[${position}]`;
						if (typeof criterion === 'string') return add(file, field, criterion);
						add(file, `${field}.text`, criterion.text);
						criterion.examples?.forEach((example, number) => add(file, `${field}.examples[${number}]`, example));
					});
			}
		});
	}
	for (const { file, data } of source.roles) {
		for (const [competencyId, value] of Object.entries((data as RoleData | undefined)?.expectations ?? {})) {
			if (typeof value !== 'string') add(file, `expectations.${competencyId}.note`, value.note);
		}
	}
	return found;
}

/**
 * The pages the build makes, each with the anchors it is known to have (`undefined`: anchors not
 * checked), so a link's page and anchor can be checked before the build.
 */
export function sitePages(ladder: Ladder, guides: readonly { id: string; headings?: readonly string[] }[], roleHeadings: ReadonlyMap<string, readonly string[]>): Map<string, ReadonlySet<string> | undefined> {
	const pages = new Map<string, ReadonlySet<string> | undefined>();
	const top = ['top', '_top'];
	pages.set('/', new Set([...top, 'tracks', 'levels', 'guides', ...ladder.levels.map((l) => `level-${l.id}`), ...ladder.tracks.map((t) => `track-${t.id}`)]));
	for (const role of ladder.roles) {
		const criteria = role.expectations.flatMap((e) => ladder.competencies.find((c) => c.id === e.competencyId)?.descriptors.get(e.levelId)?.criteria.map((c) => c.id) ?? []);
		pages.set(
			paths.role(role.id),
			new Set([...top, ...Object.values(ROLE_PAGE_SECTION_IDS), ...role.expectations.map((e) => e.competencyId), ...criteria, ...(roleHeadings.get(role.id) ?? [])]),
		);
	}
	for (const role of ladder.roles) {
		if (role.hiring === false) continue;
		pages.set(paths.hiring(role.id), new Set([...top, 'job-ad', 'what-you-will-do', 'interview-plan', 'not-covered']));
		pages.set(paths.scorecard(role.id), undefined);
		pages.set(paths.interviewKit(role.id), undefined);
	}
	for (const track of ladder.tracks) {
		pages.set(paths.track(track.id), undefined);
		pages.set(paths.matrix(track.id), undefined);
	}
	pages.set(paths.competencies(), new Set([...top, ...ladder.areas.map((a) => `area-${a.id}`)]));
	for (const competency of ladder.competencies) pages.set(paths.competency(competency.id), new Set([...top, ...[...competency.descriptors.keys()].map((id) => `level-${id}`)]));
	for (const step of ladderSteps(ladder)) pages.set(paths.compare(step.fromId, step.toId), undefined);
	for (const guide of guides) pages.set(paths.guide(guide.id), guide.headings ? new Set([...top, ...guide.headings]) : undefined);
	for (const path of [paths.picker(), paths.matrix(), paths.changes(), paths.search(), paths.downloads(), paths.ladderJson(), paths.ladderSchema(), paths.matrixCsv(), paths.assessmentSchema()]) pages.set(path, undefined);
	return pages;
}

/** The problems of the ladder's links: a site path the build does not make, an anchor its page lacks, a file with no page. */
export function linkProblems(dir: string, links: readonly WrittenLink[], pages: ReadonlyMap<string, ReadonlySet<string> | undefined>): Problem[] {
	return links.flatMap(({ file, field, url }): Problem[] => {
		const target = linkTarget(dir, file, url);
		if (target.kind === 'elsewhere') return [];
		if (target.kind === 'file') {
			if (!existsSync(target.file)) return [{ file, field, message: problems.linkedFileMissing(url) }];
			if (!target.page) return [{ file, field, message: problems.linkedFileNoPage(url) }];
			const [page = '', anchor] = splitOnce(target.page, '#');
			return anchorProblem(pages, page, anchor, url, file, field);
		}
		// A page's address with or without its final slash, as hosts serve both.
		const page = target.path.endsWith('/') || target.path.includes('.') ? target.path : `${target.path}/`;
		if (!pages.has(page)) return [{ file, field, message: problems.deadLink(url, closest(page, pages.keys(), 1)[0] ?? nearestByPrefix(page, pages)) }];
		return anchorProblem(pages, page, target.anchor, url, file, field);
	});
}

function anchorProblem(pages: ReadonlyMap<string, ReadonlySet<string> | undefined>, page: string, anchor: string | undefined, url: string, file: string, field: string): Problem[] {
	const anchors = pages.get(page);
	if (!anchor || !anchors || anchors.has(anchor)) return [];
	return [{ file, field, message: problems.deadAnchor(url, page, closest(anchor, anchors, 1)[0]) }];
}

/** For an address too far from any page for "did you mean": the page of the longest shared start. */
function nearestByPrefix(path: string, pages: ReadonlyMap<string, unknown>): string | undefined {
	let best: string | undefined;
	let bestLength = 0;
	for (const page of pages.keys()) {
		let length = 0;
		while (length < page.length && page[length] === path[length]) length++;
		if (length > bestLength) [best, bestLength] = [page, length];
	}
	return best;
}

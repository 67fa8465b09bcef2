import { DIRECTION_OVERRIDE_MESSAGE } from '../../schemas/id.ts';
import { didYouMean } from './closest.ts';
import { resolve } from 'node:path';
import { fieldLine } from './field-line.ts';

/**
 * Every kind of problem a ladder can have, with its message, in one place: the validator reports
 * them and the tests build the messages they expect from the same table.
 */
export const problems = {
	missingFile: () => 'the file is missing',
	emptyFile: () => 'the file is empty',
	yamlSyntax: (detail: string) => `is not valid YAML: ${detail}`,
	yamlAliasBomb: (limit: number) =>
		`expands to more than ${limit.toLocaleString('en')} values through its aliases (&name and *name), more than a ladder can hold: write the values out instead of repeating aliases of aliases`,
	noFrontmatter: () => 'has no frontmatter: start the file with a block between two --- lines',
	badFileName: (name: string) =>
		`"${name}" is not a valid id: name the file with lowercase letters, digits and single hyphens`,
	unexpectedFile: (expected: string) => `is not ${expected}; move or remove it`,
	linkOutside: (target: string | undefined) =>
		target === undefined
			? 'is a symbolic link that leads nowhere: remove it, or replace it by the file itself'
			: `is a symbolic link to ${target}, outside the content folder, which the site would publish: copy what you need into the folder instead of linking to it`,
	linkInside: (target: string) =>
		`is a symbolic link to ${target}, inside the content folder: a command that writes this file would write into that one through it. Copy the file instead of linking to it, or remove the link`,
	hiddenFile: (name: string) =>
		`is hidden (its name, ${name}, starts with a dot), so the site would leave it out without a word: rename it without the dot to publish it, or keep a draft outside content/ (on a branch)`,
	folderLikeFile: () => 'is a folder named like a file, which the site would try to read as one: rename it',
	notAFile: () => 'is not a regular file (a socket, a device or a pipe): remove it',
	svgNotPicture: (what: string) =>
		`is an SVG image that is more than a picture: ${what}. The site publishes an image as it is, and opened on its own an SVG is a page of the site that could run script or fetch from elsewhere: save it again as a plain picture (most editors have a "plain SVG" or "optimised SVG" export), or use a .png`,
	codeInContent: (extension: string) =>
		`is code or data (${extension}) that the ladder does not use, and a ladder never holds code the build could run: remove it from the content folder`,
	unusedFile: (expected: string) => `is not used by the ladder, which reads ${expected} here; the site would leave it out: move it out of the content folder, or remove it`,
	extensionCase: (name: string, lower: string) =>
		`the extension must be lowercase, or the site would leave the file out: rename ${name} to ${lower}`,
	required: () => 'is required',
	emptyValue: () => 'has nothing under it: fill it in, or remove the key',
	reservedKey: () => 'the key __proto__ cannot be used: JavaScript reserves it, so it would silently vanish; rename it',
	dateNotText: () => 'is a date to YAML, not text: put it in quotes ("2024-01-01")',
	numberNotText: () => 'is a number to YAML, not text (0b101, 0x1F, 1e3 and 012 are numbers too): put it in quotes ("0b101")',
	unknownField: () => 'is not a field of this file (misspelt?)',
	duplicateId: (kind: string, id: string, firstFile: string) =>
		`duplicate ${kind} id "${id}", already defined in ${firstFile}`,
	criterionIdTaken: (id: string) =>
		`"${id}" is already a competency id, and both anchor a line of the role page; choose another criterion id`,
	reservedId: (id: string) => `"${id}" is used by the role page itself; choose another id`,
	unknownTrack: (id: string, known: readonly string[]) =>
		`unknown track "${id}"${didYouMean(id, known)}${known.length > 0 ? `; the tracks are: ${known.join(', ')}` : '; ladder.yaml names no track yet: add one under tracks'}`,
	unknownGroup: (id: string, known: readonly string[]) =>
		`unknown group "${id}"${didYouMean(id, known)}${known.length > 0 ? `; the groups are: ${known.join(', ')}` : '; ladder.yaml names no group: add one under groups, or leave the track without one'}`,
	emptyGroup: (id: string) => `group "${id}" has no track: name it in a track's group, or remove it`,
	unknownCompetency: (id: string, known: Iterable<string> = []) =>
		`unknown competency "${id}": no file in competencies/ defines it${didYouMean(id, known)}`,
	unknownLevel: (id: string, known: readonly string[]) =>
		`unknown level "${id}"${didYouMean(id, known)}${known.length > 0 ? `; the levels are: ${known.join(', ')}` : ''}`,
	questionUndescribedLevel: (competencyId: string, levelId: string, described: readonly string[]) =>
		`has questions at level "${levelId}", which "${competencyId}" does not describe, so no role is interviewed at it: ask them at a level it describes (${described.join(', ')})`,
	describesNoLevel: () => 'describes no level: describe the competency at each level it is part of',
	undescribedLevel: (competencyId: string, levelId: string, described: readonly string[]) =>
		`"${competencyId}" is not described at level "${levelId}", so no role can be expected at it; it is described at: ${described.join(', ')}`,
	unknownArea: (id: string, known: readonly string[]) =>
		`unknown competency area "${id}": no file competencies/${id}.yaml${didYouMean(id, known)}${known.length > 0 ? `; the areas are: ${known.join(', ')}` : '; there is no area file yet: add one in competencies/'}`,
	unknownRole: (id: string, known: Iterable<string> = []) => `unknown role "${id}": no file roles/${id}.mdx${didYouMean(id, known)}`,
	selfReference: () => 'a role cannot lead to itself',
	listedTwice: (id: string) => `"${id}" is listed twice; remove one`,
	noRoles: () => 'the ladder has no roles: add at least one .mdx file',
	rawHtml: (tag: string) => `raw HTML <${tag}> is not allowed in prose: write Markdown (HTML could run script or leave the site)`,
	component: (name: string) =>
		`the component <${name}> is not allowed in prose: ladder pages cannot import components; write Markdown`,
	proseCode: (what: string) =>
		`${what} are not allowed in prose: they would run as code when the site is built; write \\{ for a literal brace`,
	proseSyntax: (reason: string) => `cannot be read as MDX: ${reason} (write \\< or &lt; for a literal <, \\{ for a literal {)`,
	imageRemote: (url: string) =>
		`the image "${url}" is on another site, which the site's Content Security Policy blocks (readers would see a broken image): save the image in content/ (for example content/images/) and name it by a path relative to this file`,
	imageNotFile: (url: string, why: string) =>
		`the image "${url}" cannot be used: ${why}. An image names a .png, .jpg, .jpeg, .gif, .webp, .avif or .svg file inside content/, by a path relative to this file (for example ../images/chart.png)`,
	directionOverride: () => DIRECTION_OVERRIDE_MESSAGE,
	linkedFileMissing: (url: string) => `links to "${url}", but no such file is in the ladder: link to a file that is there (./role-id.mdx), or to a page of the site (/roles/role-id/)`,
	linkedFileNoPage: (url: string) =>
		`links to "${url}", a file that has no page of its own and is not one the site publishes: link to a role (roles/*.mdx), a guide (docs/*.md), a competency area (competencies/*.yaml), a picture (.png, .jpg, .gif, .webp, .avif, .svg) or a PDF, or to a page of the site`,
	deadLink: (url: string, suggestion: string | undefined) =>
		`links to "${url}", a page the site does not have${suggestion ? ` (did you mean ${suggestion}?)` : ''}: correct the address, or link to the file by its path (./role-id.mdx)`,
	deadAnchor: (url: string, page: string, suggestion: string | undefined) =>
		`links to "${url}", but ${page} has no such anchor${suggestion ? ` (did you mean #${suggestion}?)` : ''}: link to a competency, a criterion's id or a heading of that page`,
	unsafeUrl: (scheme: string) => `a ${scheme}: link is not allowed: use an http(s), mailto or site link`,
	uncommittedEdits: () =>
		'has edits that are not committed, and the import would overwrite them: commit or stash them first, or import with --force',
	untrackedFile: () =>
		'has never been committed, and the import would overwrite or remove it, where git could not bring it back: commit it first (git add, then git commit), or import with --force',
	noCompetencies: () => 'the ladder has no competencies: add at least one area file',
} as const;

/**
 * What the ladder lint warns about: a valid ladder that probably says something it does not mean.
 * Each names the files involved and, where there is one, the competency.
 */
export const warnings = {
	lowered: (competency: string, from: { title: string; file: string }, fromLevel: string, toLevel: string) =>
		`${competency} is expected at ${toLevel}, lower than ${fromLevel} in ${from.title} (${from.file}), the step before`,
	unexpected: (competency: string) => `no role expects "${competency}"`,
	expectsNothing: () => 'this role expects no competency',
	nextLower: (next: { title: string; file: string }, grade: number, nextGrade: number) =>
		`leads to ${next.title} (${next.file}), at grade ${nextGrade}, lower than this role's ${grade}: a step down?`,
	sameRung: (other: { title: string; file: string }, grade: number) =>
		`has grade ${grade}, as ${other.title} (${other.file}) on the same track: is one of them a step above the other?`,
	unbalancedGrade: (mean: number, other: { title: string; file: string; track: string }, otherMean: number) =>
		`expects a mean level of ${mean} per competency it expects, but ${other.title} (${other.file}), the same grade on the ${other.track} track, expects ${otherMean}`,
} as const;

/**
 * Formats a problem the way `npm run check` prints it: `file:line: field: message`, with the line
 * of the field where the file has one (as editors and terminals link `file:line`), else
 * `file: field: message`.
 */
export function formatProblem(problem: Problem): string {
	const { file, field, message } = problem;
	// A problem of the whole file that names its line (a YAML syntax error) is linked to it too.
	const line = fieldLine(file, field) ?? (field === WHOLE_FILE ? lineInMessage(problem) : undefined);
	return `${file}${line === undefined ? '' : `:${line}`}: ${field}: ${message}`;
}

/** The error a ladder with problems raises, listing every problem. */
export class LadderError extends Error {
	readonly problems: readonly Problem[];

	/**
	 * Where the first problem is, as Astro's dev error page reads it: the page then shows the
	 * content file and line first, and "Open in editor" opens it, rather than the model's code.
	 */
	readonly loc: { file: string; line: number; column: number } | undefined;

	constructor(problems: readonly Problem[]) {
		const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
		super(`The ladder has ${count}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
		this.name = 'LadderError';
		this.problems = problems;
		const first = problems[0];
		const line = first && (fieldLine(first.file, first.field) ?? lineInMessage(first));
		this.loc = first ? { file: resolve(first.file), line: line ?? 1, column: 1 } : undefined;
		// The model's own frames say nothing about what to fix: the message names every file.
		this.stack = `${this.name}: ${this.message}`;
	}
}

/** The line a problem's field or message names (`body, line 7`, `(line 3, column 1)`). */
function lineInMessage({ field, message }: Problem): number | undefined {
	const found = /\bline (\d+)/.exec(`${field} ${message}`);
	return found ? Number(found[1]) : undefined;
}

/** What is wrong, where: the file, the field inside it (`(file)` for the whole file), and why. */
export interface Problem {
	file: string;
	field: string;
	message: string;
	/** For a lint warning, which kind it is: reports group warnings by kind. */
	kind?: keyof typeof warnings;
	/** For a lint warning, the ids it is about (roles, competencies), which `review.ignore` may name. */
	about?: string[];
}

/** The field name used when a problem concerns a whole file or folder. */
export const WHOLE_FILE = '(file)';

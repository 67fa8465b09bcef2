/**
 * Role and guide bodies are content, not code. They are parsed as the build parses them (Markdown
 * with GitHub's extensions, plus MDX's syntax for `.mdx` files) and the syntax tree is checked, so
 * what a line-based check would miss (a tag split over two lines, a `~~~` fence, a reference-style
 * link, an entity-encoded `javascript:`) is seen as the build will see it:
 *
 * - `import`, `export` and `{expressions}` are refused: in MDX they run as code at build time;
 * - raw HTML and components are refused: HTML can run script or navigate away, and a component
 *   cannot be imported, so it could only break the build;
 * - a link or image whose address has a scheme other than http(s), mailto or tel is refused;
 * - an image may only name an image file inside the content folder, by a relative path: the build
 *   imports whatever file a relative image names (a `.js` file's code would run), and an image
 *   from another site is blocked by the Content Security Policy;
 * - a paragraph whose brackets would make the parser's work grow with their square is refused
 *   before it is parsed (see `markdown-cost.ts`);
 * - an HTML comment is allowed only when the HTML parser reads the whole block as comments.
 *
 * A body that does not parse is reported with its line and the parser's reason, as the build
 * would, so `npm run check` and the build agree.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import type { Nodes, Root } from 'mdast';
import { Tokenizer, type TokenHandler } from 'parse5';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { markdownCostProblem } from '../../schemas/markdown-cost.ts';
import { DIRECTION_OVERRIDE } from '../../schemas/id.ts';
import { inside } from './content-dir.ts';
import { problems, type Problem } from './problems.ts';

/** Schemes a link may use; an address without one (`/roles/x/`, `#top`, `page/`) is the site's own. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** The files an image may name: what a browser shows as an image, and nothing the build would run. */
export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg'] as const;

const markdown = unified().use(remarkParse).use(remarkGfm);
const mdx = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/**
 * The problems of a body: `body` is the text after the frontmatter, `firstLine` the file's line
 * number of its first line, so problems name the line an editor shows.
 */
export function proseProblems(body: string, { file, format, firstLine, root, seen }: ProseSource): Problem[] {
	const at = (line: number | undefined, message: string): Problem => ({
		file,
		field: line === undefined ? 'body' : `body, line ${line + firstLine - 1}`,
		message,
	});
	// Checked on the text, before parsing: a costly paragraph must not cost the check its time too.
	const cost = markdownCostProblem(body);
	if (cost) return [at(cost.line, cost.message)];
	const found: Problem[] = [];
	const override = DIRECTION_OVERRIDE.exec(body);
	if (override) found.push(at(lineAt(body, override.index), problems.directionOverride()));
	let tree: Root;
	try {
		tree = (format === 'mdx' ? mdx : markdown).parse(body);
	} catch (error) {
		const { reason, line } = error as { reason?: string; line?: number };
		return [...found, at(line, problems.proseSyntax(reason ?? String(error)))];
	}
	// An image named through a reference (`![logo][l]`) is imported as `[l]: ...` names it.
	const definitions = new Map<string, string>();
	visit(tree, 'definition', (node) => {
		if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
	});
	const imageAt = (line: number | undefined, url: string | undefined) => {
		// An address with a scheme a link may not use is reported as that, once.
		const problem = url === undefined || unsafeScheme(url) ? undefined : imageProblem(url, file, root);
		if (problem) found.push(at(line, problem));
	};
	visit(tree, (node: Nodes) => {
		const line = node.position?.start.line;
		switch (node.type) {
			case 'mdxjsEsm':
				found.push(at(line, problems.proseCode('import and export')));
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				found.push(at(line, problems.proseCode('{ } expressions')));
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				found.push(at(line, node.name && /^[A-Z]/.test(node.name) ? problems.component(node.name) : problems.rawHtml(node.name ?? '')));
				break;
			case 'html': {
				// Comments are the one kind of HTML that shows nothing and runs nothing.
				const tag = notComment(node.value);
				if (tag) found.push(at(line, problems.rawHtml(tag)));
				break;
			}
			case 'image':
				imageAt(line, node.url);
				break;
			case 'imageReference':
				imageAt(line, definitions.get(node.identifier));
				break;
		}
		if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
			const scheme = unsafeScheme(node.url);
			if (scheme) found.push(at(line, problems.unsafeUrl(scheme)));
		}
		if (seen && (node.type === 'link' || node.type === 'definition')) seen.links.push({ url: node.url, field: at(line, '').field });
	});
	if (seen) {
		// The anchors the build gives the body's headings, for links to them to be checked.
		const slugger = new GithubSlugger();
		visit(tree, 'heading', (heading) => void seen.headings.push(slugger.slug(toString(heading))));
	}
	return found;
}

/** What a body links to, and the anchors of its headings, gathered while it is checked. */
export interface BodyLinks {
	links: { url: string; field: string }[];
	headings: string[];
	/** The body itself, as written: what the workbook carries, without reading the file again. */
	text?: string;
	/** The line of the file the body starts on. */
	firstLine?: number;
}

export interface ProseSource {
	file: string;
	format: 'md' | 'mdx';
	/** The line of the file the body starts on. */
	firstLine: number;
	/** The content folder: an image must name a file inside it. */
	root: string;
	/** Where to gather the body's links and heading anchors, for the link check. */
	seen?: BodyLinks;
}

/**
 * Why an image's address cannot be used, or `undefined` when it names an image file inside the
 * content folder by a relative path. The address is read as the build reads it (`decodeURI`; an
 * address that parses as a URL is remote, one starting with `/` a path of the site, anything else
 * a file relative to this one), and the file's real path, past any symbolic link, must be inside.
 */
export function imageProblem(url: string, file: string, root: string): string | undefined {
	let path: string;
	try {
		path = decodeURI(url);
	} catch {
		return problems.imageNotFile(url, 'its %-escapes do not decode');
	}
	if (URL.canParse(path)) return problems.imageRemote(url);
	if (path.startsWith('/') || path.startsWith('\\')) return problems.imageNotFile(url, 'it is not a path relative to this file');
	if (/[?#]/.test(path)) return problems.imageNotFile(url, 'it carries a ? or #, which would make the build read the file another way');
	const extension = extname(path).toLowerCase();
	if (!(IMAGE_EXTENSIONS as readonly string[]).includes(extension)) {
		return problems.imageNotFile(url, `it is not an image file (${IMAGE_EXTENSIONS.join(', ')})`);
	}
	const target = resolve(dirname(file), path);
	if (!inside(resolve(root), target)) return problems.imageNotFile(url, 'it leads out of the content folder');
	if (!existsSync(target) || !statSync(target).isFile()) return problems.imageNotFile(url, 'there is no such file');
	if (!inside(realpathSync(root), realpathSync(target))) return problems.imageNotFile(url, 'it is a symbolic link to a file outside the content folder');
	return undefined;
}


/**
 * What in a piece of HTML is not a comment, as the browser's HTML parser reads it (a tag's name,
 * or "text"); `undefined` when it is only comments. Markdown's view of an HTML block ends at the
 * line holding `-->`, so `<!-- a --><meta …><!-- b -->` is one block to Markdown and a live
 * element between two comments to the browser.
 */
function notComment(html: string): string | undefined {
	let comments = 0;
	let other: string | undefined;
	const ignore = () => {};
	const note = (what: string) => void (other ??= what);
	const handler: TokenHandler = {
		onComment: () => void comments++,
		onWhitespaceCharacter: ignore,
		onEof: ignore,
		onParseError: ignore,
		onStartTag: (token) => note(token.tagName),
		onEndTag: (token) => note(token.tagName),
		onDoctype: () => note('!doctype'),
		onCharacter: () => note('text'),
		onNullCharacter: () => note('text'),
	};
	new Tokenizer({ sourceCodeLocationInfo: false }, handler).write(html, true);
	return other ?? (comments > 0 ? undefined : tagName(html));
}

/** The 1-based line of the character at `index`. */
function lineAt(text: string, index: number): number {
	let line = 1;
	for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
	return line;
}

/** The scheme of an address when it is one a link may not use. */
function unsafeScheme(url: string): string | undefined {
	const scheme = schemeOf(url);
	return scheme && !SAFE_SCHEMES.has(scheme) ? scheme : undefined;
}

/**
 * The scheme of an address as a browser reads it: it drops ASCII control characters and spaces
 * (so `java\tscript:` is `javascript:`) and ignores case. Entities are already decoded by the parser.
 */
function schemeOf(url: string): string | undefined {
	const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
	return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

function tagName(html: string): string {
	return /^<\/?([a-z][a-z0-9-]*)/i.exec(html.trim())?.[1]?.toLowerCase() ?? html.trim().slice(0, 20);
}

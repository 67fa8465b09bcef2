/**
 * Role and guide bodies are content, not code. They are parsed as the build parses them (Markdown
 * with GitHub's extensions, plus MDX's syntax for `.mdx` files) and the syntax tree is checked, so
 * what a line-based check would miss (a tag split over two lines, a `~~~` fence, a reference-style
 * link, an entity-encoded `javascript:`) is seen as the build will see it:
 *
 * - `import`, `export` and `{expressions}` are refused: in MDX they run as code at build time;
 * - raw HTML and components are refused: HTML can run script or navigate away, and a component
 *   cannot be imported, so it could only break the build;
 * - a link or image whose address has a scheme other than http(s), mailto or tel is refused.
 *
 * A body that does not parse is reported with its line and the parser's reason, as the build
 * would, so `npm run check` and the build agree.
 */
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { problems, type Problem } from './problems.ts';

/** Schemes a link may use; an address without one (`/roles/x/`, `#top`, `page/`) is the site's own. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

const markdown = unified().use(remarkParse).use(remarkGfm);
const mdx = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/**
 * The problems of a body: `body` is the text after the frontmatter, `firstLine` the file's line
 * number of its first line, so problems name the line an editor shows.
 */
export function proseProblems(body: string, { file, format, firstLine }: ProseSource): Problem[] {
	const at = (line: number | undefined, message: string): Problem => ({
		file,
		field: line === undefined ? 'body' : `body, line ${line + firstLine - 1}`,
		message,
	});
	let tree: Root;
	try {
		tree = (format === 'mdx' ? mdx : markdown).parse(body);
	} catch (error) {
		const { reason, line } = error as { reason?: string; line?: number };
		return [at(line, problems.proseSyntax(reason ?? String(error)))];
	}
	const found: Problem[] = [];
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
			case 'html':
				// Comments are the one kind of HTML that shows nothing and runs nothing.
				if (!/^<!--[\s\S]*-->$/.test(node.value.trim())) found.push(at(line, problems.rawHtml(tagName(node.value))));
				break;
			case 'link':
			case 'image':
			case 'definition': {
				const scheme = schemeOf(node.url);
				if (scheme && !SAFE_SCHEMES.has(scheme)) found.push(at(line, problems.unsafeUrl(scheme)));
				break;
			}
		}
	});
	return found;
}

export interface ProseSource {
	file: string;
	format: 'md' | 'mdx';
	/** The line of the file the body starts on. */
	firstLine: number;
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

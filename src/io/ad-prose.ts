/**
 * A role's prose as it stands in its job ad in the interview kit: its Markdown read as a tree, its
 * headings one level under the ad's (as on the hiring page), a link to another file of the ladder
 * made the link to that file's page, and HTML comments left out. The body was checked as the build
 * checks it (no raw HTML, no code): what is left is Markdown.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { siteAddress } from '../model/ladder/site-links.ts';

const markdown = unified().use(remarkParse).use(remarkGfm);

export function adProse(body: string, dir: string, file: string): RootContent[] {
	const tree = markdown.runSync(markdown.parse(body)) as Root;
	visit(tree, (node: Nodes) => {
		if (node.type === 'heading') node.depth = Math.min(6, node.depth + 1) as typeof node.depth;
		if (node.type === 'link' || node.type === 'definition') node.url = siteAddress(dir, file, node.url);
		delete node.position;
	});
	return tree.children.filter((node) => node.type !== 'html');
}

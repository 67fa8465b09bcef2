/**
 * A remark plugin for role and guide bodies: a link to another file of the ladder by its path
 * (`./senior-engineer.mdx#coding`, `../docs/intro.md`) becomes the link to that file's page, as the
 * check (`model/files/content-links.ts`) reads it, and a path of the site is put under the base path. A framework's files keep the links they were written
 * with, and they work on the site.
 */
import { resolve } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { siteAddress } from '../model/ladder/site-links.ts';
import { inside } from '../model/files/content-dir.ts';

export function bodyLinks(dir: string, base = '/') {
	const root = resolve(dir);
	// A path of the site, as written or made from a file link, under the base path the site is served at.
	const underBase = (url: string) => (url.startsWith('/') && !url.startsWith('//') ? `${base.replace(/\/$/, '')}${url}` : url);
	return () => (tree: Root, file: { path?: string }) => {
		const path = file.path && resolve(file.path);
		if (!path || !inside(root, path)) return;
		visit(tree, (node) => {
			if (node.type === 'link' || node.type === 'definition') node.url = underBase(siteAddress(root, path, node.url));
		});
	};
}

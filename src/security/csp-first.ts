/**
 * An Astro integration that moves the Content Security Policy's `<meta>` to the top of every built
 * page's `<head>`, right after the character set. A policy given in a `<meta>` only governs what
 * comes after it, and Astro writes it where it writes the page's bundled styles and scripts, after
 * Starlight's own head: anything that got into the head before it would run unchecked.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const POLICY_START = '<meta http-equiv="content-security-policy"';

export function cspFirst(): AstroIntegration {
	return {
		name: 'ladder:csp-first',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				const root = fileURLToPath(dir);
				const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
				await Promise.all(
					files.map(async (file) => {
						const path = join(root, file);
						const html = await readFile(path, 'utf8');
						const moved = policyFirst(html);
						if (moved !== html) await writeFile(path, moved);
					}),
				);
			},
		},
	};
}

/** The page with its policy `<meta>` moved to just after `<meta charset>`; unchanged without one. */
export function policyFirst(html: string): string {
	const charset = html.search(/<meta charset="utf-8"\/?>/i);
	const start = html.indexOf(POLICY_START);
	if (charset < 0 || start < charset) return html;
	const end = html.indexOf('>', start) + 1;
	const policy = html.slice(start, end);
	const without = html.slice(0, start) + html.slice(end);
	const afterCharset = without.indexOf('>', charset) + 1;
	return without.slice(0, afterCharset) + policy + without.slice(afterCharset);
}

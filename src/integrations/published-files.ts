/**
 * The files of the content folder that a text links to and the site publishes as they are (an
 * image a guide shows, a chart template, a PDF to download: `model/ladder/site-links.ts`), at
 * `/files/<path in the folder>`. A framework's guide that links to the image it shows builds as
 * written. Written into the build's output once it is complete; served by the dev server from the
 * folder as it is now.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadLadder, type PublishedFile } from '../model/files/load.ts';
import { LadderError } from '../model/files/problems.ts';
import { paths } from '../model/ladder/paths.ts';
import { PUBLISHED_FILE_TYPES } from '../model/ladder/site-links.ts';

/** `published`: what the build's check found, so the ladder is not read again for it. */
export function publishedFiles(dir: string, published: readonly PublishedFile[]): AstroIntegration {
	return {
		name: 'ladder:published-files',
		hooks: {
			'astro:build:done': ({ dir: out }) => {
				for (const { path, file } of published) {
					const target = join(fileURLToPath(out), ...decodeURIComponent(path).split('/'));
					mkdirSync(dirname(target), { recursive: true });
					copyFileSync(file, target);
				}
			},
			'astro:server:setup': ({ server }) => {
				const prefix = paths.contentFile('');
				server.middlewares.use((request, response, next) => {
					const path = request.url?.split(/[?#]/)[0] ?? '';
					if (!path.startsWith(prefix)) return next();
					// The folder as it is now: a file is served while a text links to it, as the build would publish it.
					let found: PublishedFile | undefined;
					try {
						found = loadLadder(dir).published.find((one) => one.path === path);
					} catch (error) {
						if (!(error instanceof LadderError)) throw error;
					}
					if (!found) return next();
					response.setHeader('Content-Type', PUBLISHED_FILE_TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream');
					response.setHeader('X-Content-Type-Options', 'nosniff');
					response.end(readFileSync(found.file));
				});
			},
		},
	};
}

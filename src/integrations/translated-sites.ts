/**
 * An Astro integration that builds the site once more per translation, under `/<tag>/` of the same
 * output: when the original's build is done (before `wholeOutput` puts it in place), each language
 * is an `astro build` of its own with `LADDER_LANGUAGE` set, writing into `<output>/<tag>/`. Every
 * page, export, feed and search index is then the language's, as the original's are, from the same
 * pages and components; its links stay in it through the deployment base. One failing fails the
 * whole build, and the previous site stays.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function translatedSites(languages: readonly string[], cacheDir: string): AstroIntegration {
	return {
		name: 'ladder:translated-sites',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				for (const language of languages) {
					logger.info(`building the site in ${language}, under /${language}/`);
					const run = spawnSync(process.execPath, [process.argv[1]!, 'build'], {
						stdio: 'inherit',
						env: {
							...process.env,
							LADDER_LANGUAGE: language,
							LADDER_OUT_DIR: join(fileURLToPath(dir), language),
							// Astro's content store is kept per build: the language's beside the original's.
							LADDER_CACHE_DIR: resolve(cacheDir, 'translations', language),
						},
					});
					if (run.status !== 0) throw new Error(`The site in ${language} did not build (exit ${run.status ?? run.signal}): its problems are above`);
				}
			},
		},
	};
}

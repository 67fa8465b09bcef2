/**
 * An Astro integration that never leaves a half-written site: `astro build` writes into a
 * folder beside the output folder, and only a build that completes replaces the output folder
 * with it. A build that fails (a broken ladder, a crash in a page) leaves the previous site as it
 * was. It must be the last integration, so that every other one (Pagefind's index, the sitemap)
 * has written its files before the swap.
 */
import { rename, rm } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The suffix of the folder a build writes into before it is complete. */
export const PARTIAL_SUFFIX = '.partial';

export function wholeOutput(): AstroIntegration {
	let finalDir: string | undefined;
	return {
		name: 'ladder:whole-output',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command !== 'build') return;
				finalDir = fileURLToPath(config.outDir).replace(/\/+$/, '');
				updateConfig({ outDir: pathToFileURL(`${finalDir}${PARTIAL_SUFFIX}/`) });
			},
			'astro:build:done': async ({ dir }) => {
				if (!finalDir) return;
				await rm(finalDir, { recursive: true, force: true });
				await rename(fileURLToPath(dir), finalDir);
			},
			'astro:config:done': ({ config, logger }) => {
				// Any integration after this one would write into the folder after it has moved.
				const names = config.integrations.map((integration) => integration.name);
				if (finalDir && names.at(-1) !== 'ladder:whole-output') {
					logger.warn(`ladder:whole-output is not the last integration (${names.join(', ')})`);
				}
			},
		},
	};
}

/**
 * An Astro integration that never leaves a half-written site: `astro build` writes into a
 * folder beside the output folder, and only a build that completes replaces the output folder
 * with it. A build that fails (a broken ladder, a crash in a page) leaves the previous site as it
 * was. It must be the last integration, so that every other one (Pagefind's index, the sitemap)
 * has written its files before the swap.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The suffix of the folder a build writes into before it is complete. */
export const PARTIAL_SUFFIX = '.partial';
/** The suffix of the previous site's folder while the new one takes its place. */
export const PREVIOUS_SUFFIX = '.previous';

export function wholeOutput(): AstroIntegration {
	let finalDir: string | undefined;
	return {
		name: 'ladder:whole-output',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command !== 'build') return;
				finalDir = fileURLToPath(config.outDir).replace(/\/+$/, '');
				// A swap cut off by a power loss between its two renames left the previous site beside.
				if (!existsSync(finalDir) && existsSync(`${finalDir}${PREVIOUS_SUFFIX}`)) renameSync(`${finalDir}${PREVIOUS_SUFFIX}`, finalDir);
				updateConfig({ outDir: pathToFileURL(`${finalDir}${PARTIAL_SUFFIX}/`) });
			},
			'astro:build:done': ({ dir }) => {
				if (finalDir) swapIn(fileURLToPath(dir), finalDir);
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

/**
 * Puts the finished site in place of the previous one so that the output folder is always one of
 * them, whole, even when Ctrl-C comes in the middle: the previous site is renamed away and the new
 * one renamed in, two renames with nothing between them, while an interrupt waits; only then is the
 * previous site deleted, which an interrupt may cut short (the next build removes what is left).
 * Deleting the previous site first, as this did before, left a folder with files missing.
 */
export function swapIn(partial: string, finalDir: string): void {
	const previous = `${finalDir}${PREVIOUS_SUFFIX}`;
	rmSync(previous, { recursive: true, force: true });
	const held: NodeJS.Signals[] = [];
	const hold = (signal: NodeJS.Signals) => void held.push(signal);
	const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
	for (const signal of signals) process.on(signal, hold);
	try {
		if (existsSync(finalDir)) renameSync(finalDir, previous);
		renameSync(partial, finalDir);
	} finally {
		// A signal that came during the renames is delivered once they are done, as it was sent.
		setImmediate(() => {
			for (const signal of signals) process.off(signal, hold);
			if (held[0]) process.kill(process.pid, held[0]);
		});
	}
	rmSync(previous, { recursive: true, force: true });
}

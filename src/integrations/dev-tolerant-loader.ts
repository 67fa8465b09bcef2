/**
 * A content loader that, in `astro dev`, logs a file it cannot read instead of throwing. Astro's
 * glob loader throws on a YAML mistake (or a schema problem) while it first reads a collection,
 * and that stops the dev server before it serves a page: an author who restarts it on a ladder with
 * a mistake gets no page at all. Served, every page shows the problem read from disk with its file
 * and line, and the fix reads the folders again (`dev-reload.ts`). A build never gets here with a
 * problem: the config stops it first, and a build's loader still throws.
 */
import type { Loader } from 'astro/loaders';

export function devTolerant(loader: Loader, dev: boolean): Loader {
	if (!dev) return loader;
	return {
		...loader,
		load: async (context) => {
			try {
				await loader.load(context);
			} catch (error) {
				const message = (error instanceof Error ? error.message : String(error)).replaceAll('**', '');
				context.logger.warn(`could not read the ${context.collection} files yet: ${message.split('\n')[0]} The pages show the problem until the file is fixed.`);
			}
		},
	};
}

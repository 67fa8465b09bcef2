/**
 * An Astro integration for `astro dev`: the site's title and sidebar are read from the ladder when
 * the config loads, so a renamed ladder, track or role would stay stale until a restart, and a
 * fixed ladder would not come back. It watches the content folder and, when what the config
 * reads changes, restarts the dev server through a file the server watches. Edits that only change
 * page content restart nothing, and neither does a mistake: its pages show the problem read from
 * disk, and the fix, if it leaves the title and sidebar as they were, shows at the next load. (A
 * restart for the mistake and another for its fix took seconds each, and on a loaded machine over
 * twenty.)
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { otherLadderFiles, STATE_FILES } from './other-ladder-state.ts';

export function devReload({ dir, marker, loadedKey, configKey }: DevReloadOptions): AstroIntegration {
	const root = resolve(dir);
	const record = (key: string) => {
		// Writing the same key would restart the server for nothing, and on every restart.
		if (existsSync(marker) && readFileSync(marker, 'utf8') === key) return false;
		mkdirSync(dirname(marker), { recursive: true });
		writeFileSync(marker, key);
		return true;
	};
	let project = process.cwd();
	return {
		name: 'ladder:dev-reload',
		hooks: {
			'astro:config:setup': ({ command, addWatchFile, config }) => {
				if (command !== 'dev') return;
				project = fileURLToPath(config.root);
				record(loadedKey);
				addWatchFile(marker);
			},
			'astro:server:setup': ({ server, logger, refreshContent }) => {
				// The marker may live outside the project (a test's cache folder): watch it by name.
				server.watcher.add([root, marker]);
				let timer: ReturnType<typeof setTimeout> | undefined;
				let again: ReturnType<typeof setTimeout> | undefined;
				// Reads the content folders again, one read at a time (Astro queues them, and drops the
				// queue when its config changes, as it does on the restarts below).
				const refresh = async () => {
					try {
						await refreshContent?.({});
					} catch (error) {
						logger.warn(`reading the content folder again failed: ${String(error)}`);
					}
				};
				// A restart (this hook runs again) keeps what the collections held, and their watcher
				// may be the closed one of the server before: read the folders once the server is up.
				// Astro skips a read asked for while its content config is still loading, as it may be
				// for seconds on a busy machine, so it is asked again a little later.
				for (const delay of [1_000, 4_000]) setTimeout(() => void refresh(), delay);
				const changed = (file: string) => {
					if (relative(root, resolve(file)).startsWith('..')) return;
					// An editor saves in bursts: look once it is done.
					clearTimeout(timer);
					timer = setTimeout(async () => {
						// Astro's collections follow their files through its own watcher, which loses a
						// folder deleted and written again (its files then never load, and a page asking
						// for one finds nothing), and a restart does not read them again. Reading the
						// folders again costs little: unchanged files are skipped by their digest.
						await refresh();
						// Pages are cached with their paths until Astro sees the collections change. A
						// mistake leaves them as they were (the loader keeps the last good data), so the
						// cache would keep serving the page from before it: a page showed its old text
						// for 20 s after a second mistake in an area file. Told directly, each page
						// reads the ladder from disk again and shows the mistake.
						clearPageCache(server);
						// Once more after the dust settles: a read asked for mid-reload is skipped.
						clearTimeout(again);
						again = setTimeout(() => void refresh(), 2_000);
						const key = configKey();
						if (key !== undefined && record(key)) logger.info('the ladder changed what the site title or sidebar show: restarting');
					}, 150);
				};
				for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) server.watcher.on(event, changed);
				watchForOtherLadders(server.watcher, project, root, (message) => logger.warn(message));
				// The watcher can miss a folder deleted and written again, most on a busy machine: then
				// no event comes, and nothing would read the folder again. A look at the folder's files
				// every two seconds (names, sizes and times: a few milliseconds) catches what it missed.
				let seen = fingerprint(root);
				const poll = setInterval(() => {
					const now = fingerprint(root);
					if (now === seen) return;
					seen = now;
					changed(join(root, 'ladder.yaml'));
				}, 2_000);
				poll.unref();
				server.httpServer?.once('close', () => clearInterval(poll));
			},
		},
	};
}

/** Tells Astro's page renderers that the content changed, so that they drop the pages they cached. */
function clearPageCache(server: { environments?: Record<string, { hot: { send: (event: string, payload: unknown) => void } }> }) {
	for (const name of ['ssr', 'prerender']) server.environments?.[name]?.hot.send('astro:content-changed', {});
}

/**
 * Says so when another ladder's dev server or build, run from the same project folder, rewrites
 * the state Astro keeps in `.astro/` (see `other-ladder-state.ts`): this server may then show that
 * ladder's role bodies, and nothing else would tell why.
 */
function watchForOtherLadders(watcher: { on: (event: 'add' | 'change', listener: (path: string) => void) => unknown }, project: string, content: string, warn: (message: string) => void) {
	// Where Astro keeps them: `.astro/` in the project's root, whatever the cache folder is.
	const files = new Map(STATE_FILES.map((file) => [join(project, '.astro', file), file]));
	// Once for each state of another ladder: Astro writes these files again at every sync.
	let warned = '';
	const look = (path: string) => {
		const file = files.get(resolve(path));
		if (!file) return;
		let text: string;
		try {
			text = readFileSync(path, 'utf8');
		} catch {
			return;
		}
		const others = otherLadderFiles(file, text, project, content);
		if (others.length === 0 || warned === others.join('\n')) return;
		warned = others.join('\n');
		warn(
			`another ladder was served or built from this project folder: .astro/${file} now names its files (${others[0]}${others.length > 1 ? ` and ${others.length - 1} more` : ''}). ` +
				'Astro keeps one state per folder, so this server may show that ladder’s role bodies, or fail to render its own, until you restart it. ' +
				'Serve or build another ladder from its own checkout (git worktree add ../other-ladder).',
		);
	};
	watcher.on('add', look);
	watcher.on('change', look);
}

/** The content folder's files as one string of names, sizes and modification times. */
function fingerprint(root: string): string {
	const entries: string[] = [];
	const walk = (folder: string) => {
		let names: string[];
		try {
			names = readdirSync(folder);
		} catch {
			return;
		}
		for (const name of names.sort()) {
			const path = join(folder, name);
			try {
				const stat = lstatSync(path);
				if (stat.isDirectory()) walk(path);
				else entries.push(`${path}:${stat.size}:${stat.mtimeMs}`);
			} catch {
				// Gone between the listing and the look: the next poll sees it.
			}
		}
	};
	walk(root);
	return entries.join('\n');
}

export interface DevReloadOptions {
	/** The content folder. */
	dir: string;
	/** The file the dev server watches; the integration writes the config's key into it. */
	marker: string;
	/** What the config read from the ladder when it loaded, as a string (a placeholder if the ladder had problems). */
	loadedKey: string;
	/**
	 * What the config would read from the ladder now, as a string; a restart is due when it differs
	 * from the last one. Undefined while the ladder has problems: the config stays as it is.
	 */
	configKey: () => string | undefined;
}

import { copyFileSync, existsSync, lstatSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * A copy of this project for one Astro process of the tests, made of hard links (20,000 files in
 * about a second, no disk). Astro keeps state in `<project>/.astro/`, one for all the ladders built
 * from a folder: the dev server's data store, and the list of role bodies a build bundles. Two
 * processes on different ladders in one folder read each other's: a dev server showed the other
 * ladder's role bodies, and a build, or a dev server, failed on a body missing from the list
 * another build had just written. In its own copy, each test's Astro process has its own
 * `.astro/`, and an author's `npm run dev` in the checkout is left alone while the tests run.
 *
 * A new folder each time, under `.test-output/projects/`: inside the checkout, so on its file
 * system (a hard link cannot cross to another, and `/tmp` may be one); outside any ladder, whose
 * check would list the copy's files. Whoever makes one removes it.
 */
export function projectCopy(): string {
	const projects = resolve('.test-output', 'projects');
	mkdirSync(projects, { recursive: true });
	const project = mkdtempSync(join(projects, 'project-'));
	for (const entry of PROJECT_FILES) link(resolve(entry), join(project, entry), entry);
	return project;
}

/** What `astro build` and `astro dev` read of the project; the ladder comes from `LADDER_CONTENT_DIR`. */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'node_modules'];

/**
 * Caches that tools write in place under `node_modules/` are left out: a write through a hard link
 * would change the checkout's file too. So are the packages only the development tools need (the
 * lockfile marks them `dev`: the test runner, the browser drivers, Lighthouse, the type checker),
 * which Astro never loads: 16,600 of the 36,700 files, and about half of each copy's time.
 */
const LEFT_OUT = new Set(['node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache', ...developmentOnly()]);

/** The lockfile's `dev` packages; none, in a checkout with no npm lockfile (every package is linked then). */
function developmentOnly(): string[] {
	if (!existsSync('package-lock.json')) return [];
	const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { dev?: boolean }> };
	return Object.entries(lock.packages)
		.filter(([path, entry]) => path !== '' && entry.dev === true)
		.map(([path]) => path);
}

function link(from: string, to: string, path: string): void {
	if (LEFT_OUT.has(path)) return;
	const stat = lstatSync(from);
	if (stat.isSymbolicLink()) symlinkSync(readlinkSync(from), to);
	else if (stat.isDirectory()) {
		mkdirSync(to);
		for (const name of readdirSync(from)) link(join(from, name), join(to, name), `${path}/${name}`);
	} else {
		try {
			linkSync(from, to);
		} catch {
			// A checkout whose node_modules/ is a link to another file system: a real copy, slower.
			copyFileSync(from, to);
		}
	}
}

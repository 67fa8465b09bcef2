import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectCopy } from './project-copy.ts';

/**
 * Runs a real `astro build` of the ladder in `contentDir`, in a copy of the project of its own
 * (see `projectCopy`); returns its exit code and output.
 */
export function astroBuild({ contentDir, dist, cacheDir, env = {} }: { contentDir: string; dist: string; cacheDir: string; env?: Record<string, string> }) {
	// A cache names the content files relative to the project it was built from, and each build has
	// a new copy: one left by another build failed the build. Each starts from none, as a clean
	// clone's does.
	rmSync(cacheDir, { recursive: true, force: true });
	const project = projectCopy();
	let result;
	try {
		result = spawnSync(join(project, 'node_modules/.bin/astro'), ['build'], {
			cwd: project,
			encoding: 'utf8',
			env: {
				...withoutTestEnvironment(),
				NODE_ENV: 'production',
				LADDER_CONTENT_DIR: resolve(contentDir),
				LADDER_OUT_DIR: resolve(dist),
				LADDER_CACHE_DIR: resolve(cacheDir),
				ASTRO_TELEMETRY_DISABLED: '1',
				// A placeholder address, so the build writes its sitemap for the tests to read.
				SITE_URL: 'https://ladder.example',
				...env,
			},
		});
	} finally {
		rmSync(project, { recursive: true, force: true });
	}
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * This process's environment without what Vitest adds: Astro reads `import.meta.env` values such
 * as DEV and MODE from the environment, so a build run from a test would otherwise be a
 * development build (Starlight's search dialog, for one, then shows a "production only" notice).
 */
export function withoutTestEnvironment(): NodeJS.ProcessEnv {
	return Object.fromEntries(
		Object.entries(process.env).filter(([name]) => !/^(DEV|PROD|MODE|SSR|BASE_URL|TEST|VITEST.*|NODE_ENV)$/.test(name)),
	);
}

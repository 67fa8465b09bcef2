import { spawnSync } from 'node:child_process';

/** Runs a real `astro build` of the ladder in `contentDir`; returns its exit code and output. */
export function astroBuild({ contentDir, dist, cacheDir, env = {} }: { contentDir: string; dist: string; cacheDir: string; env?: Record<string, string> }) {
	const result = spawnSync('node_modules/.bin/astro', ['build'], {
		encoding: 'utf8',
		env: {
			...withoutTestEnvironment(),
			NODE_ENV: 'production',
			LADDER_CONTENT_DIR: contentDir,
			LADDER_OUT_DIR: dist,
			LADDER_CACHE_DIR: cacheDir,
			ASTRO_TELEMETRY_DISABLED: '1',
			// A placeholder address, so the build writes its sitemap for the tests to read.
			SITE_URL: 'https://ladder.example',
			...env,
		},
	});
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

import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectCopy } from './project-copy.ts';

/**
 * Runs a real `astro build` of the ladder in `contentDir`, in a copy of the project of its own
 * (see `projectCopy`); resolves to its exit code and output. Without blocking: the site tests'
 * setup runs a build per core.
 */
export async function astroBuild(build: BuildOf): Promise<{ status: number | null; output: string }> {
	const { project, command, options } = prepare(build);
	try {
		return await new Promise((resolve, reject) => {
			const child = spawn(command, ['build'], options);
			const stdout: Buffer[] = [];
			const stderr: Buffer[] = [];
			child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
			child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
			child.on('error', reject);
			child.on('close', (status) => resolve({ status, output: `${Buffer.concat(stdout).toString('utf8')}\n${Buffer.concat(stderr).toString('utf8')}` }));
		});
	} finally {
		rmSync(project, { recursive: true, force: true });
	}
}

interface BuildOf {
	contentDir: string;
	dist: string;
	cacheDir: string;
	env?: Record<string, string>;
}

function prepare({ contentDir, dist, cacheDir, env = {} }: BuildOf) {
	// A cache names the content files relative to the project it was built from, and each build has
	// a new copy: one left by another build failed the build. Each starts from none, as a clean
	// clone's does.
	rmSync(cacheDir, { recursive: true, force: true });
	const project = projectCopy();
	const options = {
		cwd: project,
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
	};
	return { project, command: join(project, 'node_modules/.bin/astro'), options };
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

/**
 * The build section of `npm run bench`: our site against a plain Starlight site with the same
 * number of MDX pages of similar size, both built in this run, for several ladder sizes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectCopy } from '../tests/support/project-copy.ts';
import { generateLadder, realVocabulary } from './generate-ladder.ts';

/** The example ladder's words: both sites' pages and search indexes are made of a real ladder's vocabulary. */
const REAL_WORDS = realVocabulary();

export interface BuildFigures {
	seconds: number;
	peakMemoryMb: number;
	/** Every file the build wrote: pages, search index, exports and assets. */
	distBytes: number;
	/** The HTML pages alone. */
	htmlBytes: number;
	pages: number;
}

/** Builds the generated ladder of `roles` roles with our site, and the same roles as a plain Starlight site. */
export function measureBuilds(work: string, roles: number, competencies: number, criteria = false): { ours: BuildFigures; plain: BuildFigures } {
	const name = `${roles}${criteria ? '-criteria' : ''}`;
	const content = join(work, `ladder-${name}`);
	generateLadder(content, { roles, competencies, tracks: 5, levels: 6, criteria, vocabulary: REAL_WORDS });
	const plainProject = plainStarlightProject(content);
	// Ours in a copy of the project, as the tests build: a generated ladder built in the checkout
	// would rewrite the `.astro/` an author's `npm run dev` reads.
	const ourProject = projectCopy();
	// Each build twice, alternating, and the faster of each: on a shared 2-core machine one run of
	// the same build varies by a tenth.
	let runs;
	try {
		runs = [0, 1].map(() => ({
			ours: timedBuild(ourProject, join(work, `ours-${name}`), { LADDER_CONTENT_DIR: content, LADDER_CACHE_DIR: join(work, `ours-cache-${name}`) }),
			plain: timedBuild(plainProject, join(work, `plain-${name}`), {}),
		}));
	} finally {
		rmSync(ourProject, { recursive: true, force: true });
	}
	const fastest = (figures: BuildFigures[]) => figures.reduce((best, next) => (next.seconds < best.seconds ? next : best));
	return { ours: fastest(runs.map((run) => run.ours)), plain: fastest(runs.map((run) => run.plain)) };
}

/** Runs `astro build` under GNU time, for its wall time and the peak memory of the process. */
export function timedBuild(cwd: string, dist: string, env: Record<string, string>): BuildFigures {
	// The project's own Astro: the config imports `astro/config` from there, and one process must
	// not load two copies of Astro.
	const astro = join(cwd, 'node_modules/.bin/astro');
	const result = spawnSync('/usr/bin/time', ['-f', '__time %e %M', astro, 'build'], {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, ...env, LADDER_OUT_DIR: resolve(dist), ASTRO_TELEMETRY_DISABLED: '1' },
	});
	const figures = /__time ([\d.]+) (\d+)/.exec(result.stderr);
	if (result.status !== 0 || !figures) throw new Error(`build in ${cwd} failed:\n${result.stdout}\n${result.stderr}`);
	const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).map((name) => join(dist, name));
	const bytes = (of: string[]) => of.map((file) => statSync(file)).filter((s) => s.isFile()).reduce((sum, s) => sum + s.size, 0);
	const html = files.filter((file) => file.endsWith('.html'));
	return {
		seconds: Number(figures[1]),
		peakMemoryMb: Number(figures[2]) / 1024,
		distBytes: bytes(files),
		htmlBytes: bytes(html),
		pages: html.length,
	};
}

/**
 * A plain Starlight project with one MDX page per role of the generated ladder: its frontmatter
 * text, its expectations as a Markdown table, and its prose. It is a real project with its own
 * install of the same Astro and Starlight versions (Astro's compiler refuses linked packages),
 * installed once into `.bench/` and reused.
 */
function plainStarlightProject(content: string): string {
	const project = resolve('.bench', 'plain-starlight');
	if (!existsSync(join(project, 'node_modules', 'astro'))) installPlainProject(project);
	const docs = join(project, 'src/content/docs');
	rmSync(docs, { recursive: true, force: true });
	mkdirSync(docs, { recursive: true });
	for (const file of readdirSync(join(content, 'roles'))) {
		const text = readFileSync(join(content, 'roles', file), 'utf8');
		const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
		const title = /^title: (.*)$/m.exec(frontmatter)?.[1] ?? file;
		const rows = [...frontmatter.matchAll(/^ {2}(competency-\d+): (?:\n {4}level: )?([\w-]+)/gm)].map(([, c, l]) => `| ${c} | ${l} |`);
		const page = `---\ntitle: ${JSON.stringify(title)}\n---\n\n${frontmatter.replace(/^/gm, '    ')}\n\n| Competency | Level |\n| --- | --- |\n${rows.join('\n')}\n\n${body}`;
		writeFileSync(join(docs, file), page);
	}
	return project;
}

function installPlainProject(project: string) {
	const ours = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
	const pick = ['astro', '@astrojs/starlight', '@astrojs/mdx', '@astrojs/markdown-remark', 'node'];
	const all = { ...ours.dependencies, ...ours.devDependencies };
	mkdirSync(join(project, 'src'), { recursive: true });
	writeFileSync(
		join(project, 'package.json'),
		JSON.stringify({ type: 'module', private: true, dependencies: Object.fromEntries(pick.map((name) => [name, all[name]])), allowScripts: { esbuild: true, node: true } }, null, 2),
	);
	writeFileSync(
		join(project, 'astro.config.mjs'),
		"import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\n" +
			"export default defineConfig({ outDir: process.env.LADDER_OUT_DIR, integrations: [starlight({ title: 'Plain Starlight' })] });\n",
	);
	writeFileSync(
		join(project, 'src/content.config.ts'),
		"import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\n" +
			"import { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
	);
	console.error('… installing the plain Starlight project for comparison (once)');
	const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: project, encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`npm install in ${project} failed:\n${result.stderr}`);
}

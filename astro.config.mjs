// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import { join } from 'node:path';
import { defineConfig } from 'astro/config';
import { contentDir } from './src/model/files/content-dir.ts';
import { loadLadder } from './src/model/files/load.ts';
import { LadderError } from './src/model/files/problems.ts';
import { warningReport } from './src/model/files/warning-report.ts';
import { checkedTranslations, ladderIn } from './src/translations/read.ts';
import { guideTitles } from './src/translations/guide-files.ts';
import { builtLanguage } from './src/translations/site-language.ts';
import { translatedSites } from './src/integrations/translated-sites.ts';
import { ladderSidebar } from './src/views/pages/sidebar.ts';
import { siteLocales } from './src/views/pages/site-locale.ts';
import { basePath } from './src/integrations/base-path.ts';
import { bodyLinks } from './src/integrations/body-links.ts';
import { contentImports } from './src/integrations/content-imports.ts';
import { devReload } from './src/integrations/dev-reload.ts';
import { publishedFiles } from './src/integrations/published-files.ts';
import { reviewPage } from './src/integrations/review-page.ts';
import { searchIndexChunks } from './src/integrations/search-index-chunks.ts';
import { wholeOutput } from './src/integrations/whole-output.ts';
import { SEARCH_RANKING } from './src/search/ranking.ts';
import { CONTENT_SECURITY_POLICY } from './src/security/csp.ts';

// `astro dev` keeps serving a broken ladder, to show its problems in the browser; anything else
// (build, check, preview) stops on one.
const DEV = process.argv.includes('dev');

/** The dev server's title and sidebar while the ladder has problems (its pages show them). */
const PLACEHOLDER_SETTINGS = { title: 'Career ladder (with problems)', description: '', sidebar: [] };

// Validate before Astro does anything: a broken ladder stops here with every problem listed,
// before a single page is written. The sidebar and title come from the same validated ladder.
// The translation this build writes the site in, under /<tag>/ (the original's build starts it), or none.
const LANGUAGE = builtLanguage();

// The original's build has said what it found: a translation's says nothing twice.
const { settings, published, translations } = checkedLadder(contentDir(), { exitOnProblems: !DEV, printWarnings: !LANGUAGE });

// The sub-path the site is served under, like SITE_URL set at build time: no file is edited to
// publish. A translation is the same site under its tag.
const base = LANGUAGE ? `${(readBasePath() ?? '').replace(/\/$/, '')}/${LANGUAGE}/` : readBasePath();
const cacheDir = process.env.LADDER_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
	// Where the site is deployed, for its sitemap and canonical links; without it, neither is made.
	...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
	...(base ? { base } : {}),
	outDir: process.env.LADDER_OUT_DIR ?? './dist',
	cacheDir,
	// Pages render one at a time by default, and the renderer then waits for each page's file to be
	// written: a quarter of the rendering time at 200 roles. Eight at a time fill those waits (the
	// rendering took 3.7 s instead of 4.8 s, the same pages, 80 MB more memory at the peak).
	build: { concurrency: 8 },
	security: { csp: CONTENT_SECURITY_POLICY },
	// Code blocks are Starlight's Expressive Code, which ships its styles as files; Astro's own
	// Shiki would add inline styles the Content Security Policy is built to refuse.
	markdown: {
		syntaxHighlight: false,
		// A body's link to another file of the ladder leads to that file's page (MDX extends this
		// processor too). Astro's own processor for Markdown when remark plugins are set, named here
		// as Astro 7 asks, rather than through `markdown.remarkPlugins`, which prints a deprecation.
		processor: unified({ remarkPlugins: [bodyLinks(contentDir(), base)] }),
	},
	vite: {
		build: {
			rollupOptions: {
				// Astro's MDX compiler marks each role body "use astro:head-inject", a directive the
				// bundler says it may not keep when bundling; Astro reads it before bundling, so the
				// warning (six multi-line ones for the shipped ladder) says nothing a user can act on.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
	integrations: [
		starlight({
			...settings,
			customCss: ['./src/styles/ladder.css'],
			components: { PageTitle: './src/components/overrides/PageTitle.astro', LanguageSelect: './src/components/overrides/LanguageSelect.astro' },
			pagefind: { ranking: SEARCH_RANKING },
			disable404Route: true,
			// Page titles come from the ladder: written as text, never as markup.
			routeMiddleware: './src/security/escape-title.ts',
		}),
		// A content file imports nothing but its images: an image naming a script would run it.
		contentImports(contentDir()),
		// Role bodies are MDX. Starlight would add this itself; it is named here so it is visible.
		mdx(),
		// In `astro dev`, a restart when the ladder changes what the title or sidebar show.
		devReload({
			dir: contentDir(),
			// Not under node_modules/, which the dev server's watcher ignores.
			marker: join(process.env.LADDER_CACHE_DIR ?? './.astro', 'ladder-site-settings.json'),
			loadedKey: JSON.stringify(settings),
			configKey: () => {
				const now = checkedLadder(contentDir()).settings;
				return now === PLACEHOLDER_SETTINGS ? undefined : JSON.stringify(now);
			},
		}),
		// In `astro dev` only, `/review/`: the ladder review's findings, following the content.
		reviewPage(),
		// The files a text links to that the site publishes (an image a guide shows), at /files/….
		publishedFiles(contentDir(), published),
		// Pagefind's index in small chunks, so that a query loads little more than its own words.
		searchIndexChunks(),
		// The site in each language it is translated into, under /<tag>/ (by the original's build only).
		...(LANGUAGE || DEV ? [] : [translatedSites(translations, cacheDir)]),
		// Last: a build that fails leaves the previous site whole.
		wholeOutput(),
	],
});

/** `BASE_PATH` read, or the build stopped with what is wrong with it. */
function readBasePath() {
	try {
		return basePath(process.env.BASE_PATH);
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error));
		process.exit(1);
	}
}

/**
 * What the config takes from the ladder: the site's title, description and sidebar, and the files
 * it publishes. A ladder with problems prints them and stops the command, or, in the dev server,
 * gives a placeholder while its pages show the problems.
 * @param {string} dir
 * @param {{ exitOnProblems?: boolean, printWarnings?: boolean }} options
 * @returns {{ settings: typeof PLACEHOLDER_SETTINGS | { title: string, description: string, sidebar: ReturnType<typeof ladderSidebar>, locales?: ReturnType<typeof siteLocales>['locales'] }, published: import('./src/model/files/load.ts').PublishedFile[], translations: string[] }}
 */
function checkedLadder(dir, { exitOnProblems = false, printWarnings = false } = {}) {
	try {
		const { ladder, guides, warnings: lint, published } = loadLadder(dir);
		// Releases and translations are checked before a page is written too, as the ladder is.
		const { releases, ...translated } = checkedTranslations(dir, ladder, guides);
		if (translated.problems.length > 0) throw new LadderError(translated.problems);
		const warnings = [...lint, ...translated.warnings];
		if (printWarnings) for (const line of warningReport(warnings, { verbose: Boolean(process.env.LADDER_VERBOSE) })) console.warn(line);
		const shown = LANGUAGE ? ladderIn(dir, ladder, LANGUAGE, releases) : ladder;
		const sidebar = ladderSidebar(shown, LANGUAGE ? guideTitles(dir, LANGUAGE, guides) : guides);
		return {
			settings: { title: shown.name, description: shown.description, sidebar, ...siteLocales(LANGUAGE ?? ladder.language) },
			published,
			translations: ladder.translations,
		};
	} catch (error) {
		if (!(error instanceof LadderError)) throw error;
		if (printWarnings) console.error(error.message);
		if (exitOnProblems) process.exit(1);
		return { settings: PLACEHOLDER_SETTINGS, published: [], translations: [] };
	}
}

// @ts-check
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { contentDir } from './src/model/content-dir.ts';
import { loadLadder } from './src/model/load.ts';
import { LadderError } from './src/model/problems.ts';
import { warningReport } from './src/model/warning-report.ts';
import { ladderSidebar } from './src/views/sidebar.ts';
import { wholeOutput } from './src/build/whole-output.ts';
import { SEARCH_RANKING } from './src/search/ranking.ts';
import { cspFirst } from './src/security/csp-first.ts';
import { CONTENT_SECURITY_POLICY } from './src/security/csp.ts';

// Validate before Astro does anything: a broken ladder stops here with every problem listed,
// before a single page is written. The sidebar and title come from the same validated ladder.
const { ladder, guides, warnings } = loadOrExit(contentDir());
for (const line of warningReport(warnings, { verbose: Boolean(process.env.LADDER_VERBOSE) })) console.warn(line);

export default defineConfig({
	// Where the site is deployed, for its sitemap and canonical links; without it, neither is made.
	...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
	outDir: process.env.LADDER_OUT_DIR ?? './dist',
	cacheDir: process.env.LADDER_CACHE_DIR ?? './node_modules/.astro',
	security: { csp: CONTENT_SECURITY_POLICY },
	// Code blocks are Starlight's Expressive Code, which ships its styles as files; Astro's own
	// Shiki would add inline styles the Content Security Policy is built to refuse.
	markdown: { syntaxHighlight: false },
	integrations: [
		starlight({
			title: ladder.name,
			description: ladder.description,
			sidebar: ladderSidebar(ladder, guides),
			customCss: ['./src/styles/ladder.css'],
			components: { PageTitle: './src/components/overrides/PageTitle.astro' },
			pagefind: { ranking: SEARCH_RANKING },
			disable404Route: true,
			// Page titles come from the ladder: written as text, never as markup.
			routeMiddleware: './src/security/escape-title.ts',
		}),
		// Role bodies are MDX. Starlight would add this itself; it is named here so it is visible.
		mdx(),
		// The policy first in every page's <head>, so it governs everything after it.
		cspFirst(),
		// Last: a build that fails leaves the previous site whole.
		wholeOutput(),
	],
});

/** @param {string} dir */
function loadOrExit(dir) {
	try {
		return loadLadder(dir);
	} catch (error) {
		if (!(error instanceof LadderError)) throw error;
		console.error(error.message);
		process.exit(1);
	}
}

/**
 * `/review/` in `astro dev`: the ladder review's findings as a page of the site being edited
 * (`src/dev-pages/review.astro`). The route is added for the dev server only, so a build never
 * has it.
 */
import type { AstroIntegration } from 'astro';

export function reviewPage(): AstroIntegration {
	return {
		name: 'ladder:review-page',
		hooks: {
			'astro:config:setup': ({ command, injectRoute }) => {
				if (command !== 'dev') return;
				injectRoute({ pattern: '/review', entrypoint: new URL('../dev-pages/review.astro', import.meta.url), prerender: false });
			},
		},
	};
}

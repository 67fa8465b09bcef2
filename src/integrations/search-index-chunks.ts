/**
 * An Astro integration that makes Pagefind split its word index into small chunks. A query loads
 * the chunks that hold its words, and Pagefind closes a chunk only once it holds 20,000 word
 * positions: on a big ladder every query, even for a word on one page, loaded a chunk of 20 to
 * 30 KB. With chunks of 2,000 positions (`npm run bench -- --only search`, 2026-11-23):
 *
 * - the first query at 200 roles × 60 with criteria lists: 151 KB → 135 KB;
 * - the first query on the shipped ladder: 122 KB → 99 KB, the largest next one 12 KB → 8.4 KB
 *   (each loads a 2 to 3 KB chunk instead of sharing the first query's 25 KB one);
 * - a query for one role's number at 200 roles: 20 KB of index → 3 KB.
 *
 * A word's positions are never split, so a word on every page still costs what its positions do.
 * Chunks of 1,000 saved another 1 to 1.5 KB on a rare word's query, and added 0.5 KB to every
 * first query: the index's table of chunks, which the first query loads, grows with their number.
 *
 * Pagefind 1.6 takes the size only from this environment variable (its options do not have it);
 * Starlight runs Pagefind in this process once the pages are built, and Pagefind's process
 * inherits the variable. Pagefind is pinned in package.json; one that ignored the variable would
 * build the same index in bigger chunks, which the bench would show.
 */
import type { AstroIntegration } from 'astro';

/** Word positions per index chunk; Pagefind's own is 20,000. */
export const SEARCH_INDEX_CHUNK_POSITIONS = 2000;

export function searchIndexChunks(positions = SEARCH_INDEX_CHUNK_POSITIONS): AstroIntegration {
	return {
		name: 'ladder:search-index-chunks',
		hooks: {
			'astro:build:start': () => {
				// Set from outside, it wins: a way to measure other sizes without editing this file.
				process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(positions);
			},
		},
	};
}

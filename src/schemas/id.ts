import { z } from 'astro/zod';

/**
 * An id as it appears in a URL and an anchor: lowercase words joined by hyphens.
 * Ids come from file names and YAML keys, so they must survive slugging unchanged.
 */
export const IdSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens');

/**
 * Text that must say something: a missing or blank value is an error. Invisible direction
 * overrides (U+202A to U+202E, U+2066 to U+2069) are refused: they make a title read differently
 * from what it is, in the sidebar, in search and in a promotion document. Right-to-left text
 * needs none of them: the browser orders it by itself.
 */
export const TextSchema = z
	.string()
	.trim()
	.min(1, 'must not be empty')
	.refine((text) => !/[\u202A-\u202E\u2066-\u2069]/.test(text), {
		message: 'contains an invisible direction override (U+202A to U+202E or U+2066 to U+2069) that makes the text read differently from what it is; remove it',
	});

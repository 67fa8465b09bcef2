import { z } from 'astro/zod';

/**
 * An id as it appears in a URL and an anchor: lowercase words joined by hyphens.
 * Ids come from file names and YAML keys, so they must survive slugging unchanged.
 */
export const IdSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens');

/** Text that must say something: a missing or blank value is an error. */
export const TextSchema = z.string().trim().min(1, 'must not be empty');

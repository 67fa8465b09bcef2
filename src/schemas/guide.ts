import { z } from 'astro/zod';
import { TextSchema } from './id.ts';

/**
 * The frontmatter of a guide, `content/docs/<name>.md`. Starlight's own page schema accepts far
 * more (`head` tags, `banner` HTML, `hero` links, other templates), which would let a guide put
 * script or a redirect into the page; a guide is prose with a title, so only these are allowed.
 */
export const GuideSchema = z.strictObject({
	title: TextSchema,
	description: TextSchema.optional(),
	/** Lowers the page title's weight in search, as the generated pages may. */
	titleSearchWeight: z.number().min(0).max(10).optional(),
	/** Whether the page shows its table of contents, and of which heading levels. */
	tableOfContents: z
		.union([z.boolean(), z.strictObject({ minHeadingLevel: z.number().int().min(1).max(6).optional(), maxHeadingLevel: z.number().int().min(1).max(6).optional() })])
		.optional(),
	/** Where the guide sits in the sidebar's Guides group. */
	sidebar: z.strictObject({ label: TextSchema.optional(), order: z.number().optional(), hidden: z.boolean().optional() }).optional(),
	/** `false` keeps the guide out of search. */
	pagefind: z.boolean().optional(),
});

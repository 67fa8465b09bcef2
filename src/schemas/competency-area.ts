import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './id.ts';

/**
 * A competency: a skill or behaviour described at the levels it is part of. A level left out means
 * the competency is not part of that level (a topic that starts at a later level).
 */
export const CompetencySchema = z.strictObject({
	/** Unique across all areas; roles expect competencies by this id. */
	id: IdSchema,
	/** The competency's display name. */
	name: TextSchema,
	/** What the competency covers. */
	description: TextSchema.optional(),
	/** What the competency looks like at each level it is part of, keyed by level id. */
	levels: z.record(z.string(), TextSchema),
});

/** `content/competencies/<area-id>.yaml`: a group of related competencies. */
export const CompetencyAreaSchema = z.strictObject({
	/** The area's display name. */
	name: TextSchema,
	/** Where the area comes in lists, lowest first; areas without one follow, by file name. */
	order: z.int('must be a whole number').optional(),
	/** What the area covers. */
	description: TextSchema.optional(),
	/** The area's competencies, in the order the site lists them. */
	competencies: z.array(CompetencySchema).min(1, 'needs at least one competency'),
});

export type CompetencyData = z.infer<typeof CompetencySchema>;
export type CompetencyAreaData = z.infer<typeof CompetencyAreaSchema>;

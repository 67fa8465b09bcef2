import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './id.ts';

/**
 * One criterion of a level: a line of text, or an object that gives it examples and a stable id.
 * The id anchors the criterion on role pages, so a promotion document can link to one line.
 */
export const CriterionSchema = z.union([
	TextSchema,
	z.strictObject({
		/** What the criterion asks for (inline Markdown). */
		text: TextSchema,
		/** Unique across the ladder; derived from the competency, level and text when left out. */
		id: IdSchema.optional(),
		/** What meeting the criterion has looked like, shown folded beneath it. */
		examples: z.array(TextSchema).min(1, 'is an empty list: give at least one example, or leave `examples` out').optional(),
	}),
]);

/** A competency at one level: one descriptor, or a list of criteria. */
export const LevelDescriptorSchema = z.union([
	TextSchema,
	z.array(CriterionSchema).min(1, 'is an empty list: give at least one criterion, or leave the level out if the competency is not part of it'),
]);

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
	levels: z.record(z.string(), LevelDescriptorSchema),
	/**
	 * The competency's own names for some or all levels of the scale, keyed by level id (an axis
	 * whose levels read "Adopts, Specializes, Masters"). Shown wherever the competency's level is.
	 */
	labels: z.record(z.string(), TextSchema).optional(),
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

export type CriterionData = z.infer<typeof CriterionSchema>;
export type LevelDescriptorData = z.infer<typeof LevelDescriptorSchema>;
export type CompetencyData = z.infer<typeof CompetencySchema>;
export type CompetencyAreaData = z.infer<typeof CompetencyAreaSchema>;

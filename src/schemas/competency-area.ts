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
 * An interview question for a competency at one level: a line of text, or an object with the
 * follow-ups to ask, what a good answer shows, and the minutes it takes. Inline Markdown, as a
 * criterion; an id as a criterion's (unique among the ladder's questions, derived when left out).
 */
export const QuestionSchema = z.union([
	TextSchema,
	z.strictObject({
		/** The question, as the interviewer asks it. */
		text: TextSchema,
		id: IdSchema.optional(),
		/** Questions to ask after the answer, to go deeper. */
		followUps: z.array(TextSchema).min(1, 'is an empty list: give at least one follow-up, or leave `followUps` out').optional(),
		/** What a good answer shows. */
		lookFor: z.array(TextSchema).min(1, 'is an empty list: say what a good answer shows, or leave `lookFor` out').optional(),
		/** How long it takes to ask and answer, in minutes; 10 when left out. */
		minutes: z.int('must be a whole number of minutes').min(1, 'must be at least 1 minute').max(120, 'must be at most 120 minutes').optional(),
	}),
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
	/** Interview questions, keyed by level id: what to ask a candidate for a role that expects that level. */
	questions: z.record(z.string(), z.array(QuestionSchema).min(1, 'is an empty list: give at least one question, or leave the level out')).optional(),
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
export type QuestionData = z.infer<typeof QuestionSchema>;
export type CompetencyAreaData = z.infer<typeof CompetencyAreaSchema>;

import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './id.ts';
import { LanguageTagSchema } from './language-tag.ts';

/** One step of the proficiency scale that every competency is described at. */
export const LevelSchema = z.strictObject({
	/** Referenced by competency descriptors and role expectations. */
	id: IdSchema,
	/** Shown to readers wherever the level appears. */
	label: TextSchema,
	/** What working at this level means, whatever the competency; many frameworks have none. */
	description: TextSchema.optional(),
});

/** A family of tracks (a profession's role families): listed together, under its name. */
export const GroupSchema = z.strictObject({
	/** Referenced by each track's `group`. */
	id: IdSchema,
	name: TextSchema,
	description: TextSchema.optional(),
});

/** A career track: a column of the ladder that roles belong to. */
export const TrackSchema = z.strictObject({
	/** Referenced by each role's `track`; also the track page's URL. */
	id: IdSchema,
	/** The track's display name. */
	name: TextSchema,
	/** Who the track is for and how it differs from the others. */
	description: TextSchema.optional(),
	/**
	 * The competency areas that apply to this track's roles (its own topics and shared ones), by
	 * area id. Without it, every area applies.
	 */
	areas: z.array(IdSchema).min(1, 'must list at least one area, or be left out').optional(),
	/**
	 * The track's names for some or all levels of the scale, keyed by level id (a manager track
	 * that reads "M2" where the scale says "Level 4"). A competency's own `labels` come first.
	 */
	levelLabels: z.record(z.string(), TextSchema).optional(),
	/** The group the track belongs to, by id: its tracks are listed together, under the group's name. */
	group: IdSchema.optional(),
});

/** How long an interview plan may take and how many questions it asks per competency. */
export const HiringSchema = z.strictObject({
	/** The interview's length, in minutes: the plan never goes over it. 60 when left out. */
	minutes: z.int('must be a whole number of minutes').min(1, 'must be at least 1 minute').max(600, 'must be at most 600 minutes').optional(),
	/** The most questions at the role's level per competency. 2 when left out. */
	perCompetency: z.int('must be a whole number').min(1, 'must be at least 1').max(10, 'must be at most 10').optional(),
});

/** `content/ladder.yaml`: the ladder's name, its proficiency scale and its tracks. */
export const LadderSchema = z.strictObject({
	/** The ladder's name, used as the site title. */
	name: TextSchema,
	/** The organisation that publishes the ladder. */
	organization: TextSchema.optional(),
	/** What the ladder is for; shown on the home page. */
	description: TextSchema,
	/** The proficiency scale, lowest first. */
	levels: z.array(LevelSchema).min(2, 'needs at least 2 levels').max(12, 'allows at most 12 levels'),
	/** The groups of tracks, where a ladder has families of tracks, in the order the site lists them. */
	groups: z.array(GroupSchema).min(1, 'must list at least one group, or be left out').optional(),
	/** The tracks, in the order the site lists them (a group's together, where its first one is). */
	tracks: z.array(TrackSchema).min(1, 'needs at least one track'),
	/** The interview plans' defaults, for every role that does not set its own. */
	hiring: HiringSchema.optional(),
	/** The language the ladder is written in, as a BCP 47 tag (`en`, `fr`, `pt-BR`); `en` when left out. */
	language: LanguageTagSchema.optional(),
	/** The languages it is translated into, each with its file `translations/<tag>.yaml`. */
	translations: z.array(LanguageTagSchema).min(1, 'must list at least one language, or be left out').optional(),
	/** How the ladder lint treats what it finds: `strict` as `review.strict`, kept for ladders written before the review. */
	lint: z
		.strictObject({
			/** Make every lint warning an error that fails the check and the build. */
			strict: z.boolean(),
		})
		.optional(),
	/** How `ladder review` and the check treat what they find (`docs/reference/review.md`). */
	review: z
		.strictObject({
			/** Make every warning fail the review, the check and the build. */
			strict: z.boolean().optional(),
			/** Findings the authors have looked at and keep: each by its rule and the id it is about, with why. */
			ignore: z
				.array(
					z.strictObject({
						rule: IdSchema,
						/** A criterion, competency, role or track id. */
						id: IdSchema,
						reason: TextSchema,
					}),
				)
				.optional(),
		})
		.optional(),
});

export type LevelData = z.infer<typeof LevelSchema>;
export type TrackData = z.infer<typeof TrackSchema>;
export type GroupData = z.infer<typeof GroupSchema>;
export type LadderData = z.infer<typeof LadderSchema>;

import { z } from 'astro/zod';
import { RELEASE_NAME } from '../schemas/release-name.ts';

export { RELEASE_NAME, UNRELEASED } from '../schemas/release-name.ts';

/** The version of the `/ladder.json` format; raised when a change would break its readers. */
export const EXPORT_FORMAT_VERSION = 1;

/** A release's day, YYYY-MM-DD, a day the calendar has. */
export const RELEASE_DATE = z.iso.date();

const Id = z.string().describe('An id: lowercase letters, digits and hyphens; also the page address.');

/** Names given to levels of the scale, by level id. */
const LevelNames = z.record(z.string(), z.string());

/** A competency at one level: one descriptor, or its criteria in order, each with its id and examples. */
const LevelExportSchema = z.union([
	z.string(),
	z.array(
		z.strictObject({
			/** Unique across the ladder, and the criterion's anchor on the role pages that list it. */
			id: Id,
			/** Inline Markdown. */
			text: z.string(),
			/** Inline Markdown each; empty when the criterion has none. */
			examples: z.array(z.string()),
		}),
	).min(1),
]);

/** `/ladder.json`: the whole resolved ladder, every reference checked, every list in display order. */
/** An interview plan's length in minutes and its questions at the role's level per competency. */
const HiringExport = z.strictObject({ minutes: z.int(), perCompetency: z.int() });

export const LadderExportSchema = z
	.strictObject({
		/** The format's version, for readers of the file. */
		formatVersion: z.literal(EXPORT_FORMAT_VERSION),
		/** The release this ladder is (`ladder release <name>`), or "unreleased". */
		release: z.string().regex(RELEASE_NAME, 'must be a release name (lowercase letters, digits, dots and hyphens) or "unreleased"'),
		/** The day it was released (YYYY-MM-DD); absent when unreleased. */
		releasedOn: RELEASE_DATE.optional(),
		name: z.string(),
		organization: z.string().optional(),
		description: z.string(),
		/** The proficiency scale, lowest first; `rank` 1 is the lowest. */
		levels: z.array(z.strictObject({ id: Id, label: z.string(), description: z.string().optional(), rank: z.int().min(1) })),
		/** The groups of tracks, where the ladder has them, each with its tracks' ids in display order. */
		groups: z.array(z.strictObject({ id: Id, name: z.string(), description: z.string().optional(), tracks: z.array(Id) })).optional(),
		/** Tracks in display order (a group's together), each with its roles' ids by grade, the areas that apply to them and its own names for levels. */
		tracks: z.array(
			z.strictObject({
				id: Id,
				/** The group the track belongs to; left out when it belongs to none. */
				group: Id.optional(),
				name: z.string(),
				description: z.string().optional(),
				roles: z.array(Id),
				areas: z.array(Id),
				/** Level id → the track's own name for that level; left out when it has none. */
				levelLabels: LevelNames.optional(),
			}),
		),
		/** Competency areas in display order, each with its competencies' ids. */
		areas: z.array(z.strictObject({ id: Id, name: z.string(), description: z.string().optional(), competencies: z.array(Id) })),
		/** Every competency, with what it looks like at each level it is part of (level id → descriptor or criteria). */
		competencies: z.array(
			z.strictObject({
				id: Id,
				area: Id,
				name: z.string(),
				description: z.string().optional(),
				descriptors: z.record(z.string(), LevelExportSchema),
				/** Level id → the competency's own name for that level, before its track's and the scale's; left out when it has none. */
				labels: LevelNames.optional(),
				/** Level id → its interview questions; left out when it has none. */
				questions: z
					.record(
						z.string(),
						z.array(
							z.strictObject({
								id: Id,
								text: z.string(),
								followUps: z.array(z.string()).optional(),
								lookFor: z.array(z.string()).optional(),
								minutes: z.int(),
							}),
						),
					)
					.optional(),
			}),
		),
		/** Every role, by track then grade. */
		roles: z.array(
			z.strictObject({
				id: Id,
				title: z.string(),
				/** The track it is listed under: its only one, or the first of those it is shared by. */
				track: Id,
				/** Every track a role tracks share belongs to, `track` first; left out for a role of one track. */
				tracks: z.array(Id).optional(),
				grade: z.int(),
				/** Left out where the role has none. */
				summary: z.string().optional(),
				/** The level the role expects of every competency of its track's areas, before its own expectations. */
				baseline: Id.optional(),
				scope: z.string().optional(),
				experience: z.string().optional(),
				education: z.string().optional(),
				/** Roles this one usually leads to. */
				next: z.array(Id),
				/** Roles that name this one in their `next`. */
				reachedFrom: z.array(Id),
				skills: z.array(z.strictObject({ name: z.string(), items: z.array(z.string()) })),
				expectations: z.array(z.strictObject({ competency: Id, level: Id, note: z.string().optional() })),
				/** `false` for a role not hired for from outside, or its own interview settings; left out where it takes the ladder's. */
				hiring: z.union([z.literal(false), HiringExport]).optional(),
			}),
		),
		/** The interview plans' settings; left out where they are the defaults (60 minutes, 2 questions per competency). */
		hiring: HiringExport.optional(),
	})
	.describe('A career ladder, exported by the career ladder site generator.');

export type LadderExport = z.infer<typeof LadderExportSchema>;
export type LevelExport = z.infer<typeof LevelExportSchema>;

/** The JSON Schema of `/ladder.json`, generated from the Zod schema above. */
export function ladderJsonSchema(): Record<string, unknown> {
	return z.toJSONSchema(LadderExportSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

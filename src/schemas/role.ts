import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './id.ts';
import { HiringSchema } from './ladder.ts';

/** A role's expectation of one competency: a level id, or a level with a note. */
export const ExpectationSchema = z.union([
	IdSchema,
	z.strictObject({
		/** The expected level's id. */
		level: IdSchema,
		/** What the level means for this role in particular. */
		note: TextSchema,
	}),
]);

/** The frontmatter of `content/roles/<role-id>.mdx`; the MDX body is the role's prose. */
export const RoleSchema = z.strictObject({
	/** The role's title. */
	title: TextSchema,
	/** The id of the track the role belongs to; a role of several tracks names them in `tracks` instead. */
	track: IdSchema.optional(),
	/**
	 * The ids of the tracks a role shared by several tracks belongs to (the levels every speciality
	 * shares), the first being where the sidebar lists it. Instead of `track`, never with it.
	 */
	tracks: z.array(IdSchema).min(1, 'must name at least one track').optional(),
	/** Orders roles on the ladder and aligns roles across tracks. */
	grade: z.int('must be a whole number'),
	/** One or two sentences on what the role is; a framework that has none leaves it out. */
	summary: TextSchema.optional(),
	/** How far the role's influence reaches: a team, several teams, the organisation. */
	scope: TextSchema.optional(),
	/** The experience the role usually asks for. */
	experience: TextSchema.optional(),
	/** The education the role usually asks for. */
	education: TextSchema.optional(),
	/** Ids of the roles this one usually leads to, on any track. */
	next: z.array(IdSchema).optional(),
	/** Named groups of skills and technologies, e.g. `Languages: [Java, Python]`. */
	skills: z.record(TextSchema, z.array(TextSchema).min(1, 'must list at least one skill')).optional(),
	/**
	 * A level id: the role expects every competency of its track's areas at this level, wherever
	 * the competency describes that level. `expectations` entries override or add to it.
	 */
	baseline: IdSchema.optional(),
	/** Competency id → the level this role expects. */
	expectations: z.record(z.string(), ExpectationSchema).optional(),
	/** The interview plan's length and questions per competency, over the ladder's; `false` for a role not hired for from outside. */
	hiring: z.union([z.literal(false), HiringSchema]).optional(),
}).refine((role) => (role.track === undefined) !== (role.tracks === undefined), {
	path: ['track'],
	message: 'a role needs its track: `track: <track-id>`, or `tracks: [<track-id>, …]` for a role several tracks share (not both)',
});

export type ExpectationData = z.infer<typeof ExpectationSchema>;
export type RoleData = z.infer<typeof RoleSchema>;

/** The tracks a role belongs to, as written: its `tracks`, or its one `track`. */
export function roleTrackIds(role: Pick<RoleData, 'track' | 'tracks'>): string[] {
	return role.tracks ?? (role.track === undefined ? [] : [role.track]);
}

import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './id.ts';
import { RELEASE_NAME } from './release-name.ts';

/** A release of `content/releases/`, by name; that it exists is the check's to say. */
export const ReleaseNameSchema = z.string().regex(RELEASE_NAME, 'must be the name of a release in content/releases/ (such as 2026-h1)');

/**
 * One translated field: its text, or its text and the release it was translated from, where that
 * is a later one than the file's `translatedFrom` (one field brought up to date).
 */
export const EntrySchema = z.union([TextSchema, z.strictObject({ text: TextSchema, from: ReleaseNameSchema })]);

/** A criterion's examples, translated together: the list, or the list and its release. */
export const ExamplesEntrySchema = z.union([z.array(TextSchema), z.strictObject({ text: z.array(TextSchema), from: ReleaseNameSchema })]);

/** Translated texts keyed by the original's ids (levels, competencies): the ids never change. */
const byId = <T extends z.ZodType>(entry: T) => z.record(IdSchema, entry);

/**
 * `content/translations/<tag>.yaml`: the translated text of the data files, keyed by id, and the
 * release it was translated from. Every key is optional: what is not there shows the original.
 */
export const TranslationSchema = z.strictObject({
	/** The release of `content/releases/` the translation was made from: what "changed since" compares with. */
	translatedFrom: ReleaseNameSchema,
	ladder: z.strictObject({ name: EntrySchema.optional(), description: EntrySchema.optional() }).optional(),
	levels: byId(z.strictObject({ label: EntrySchema.optional(), description: EntrySchema.optional() })).optional(),
	/** Groups of tracks, where the ladder has them. */
	groups: byId(z.strictObject({ name: EntrySchema.optional(), description: EntrySchema.optional() })).optional(),
	tracks: byId(z.strictObject({ name: EntrySchema.optional(), description: EntrySchema.optional(), levelLabels: byId(EntrySchema).optional() })).optional(),
	areas: byId(z.strictObject({ name: EntrySchema.optional(), description: EntrySchema.optional() })).optional(),
	competencies: byId(
		z.strictObject({
			name: EntrySchema.optional(),
			description: EntrySchema.optional(),
			labels: byId(EntrySchema).optional(),
			/** A level described by one descriptor. */
			levels: byId(EntrySchema).optional(),
			/** A level described by criteria, each by its id. */
			criteria: byId(z.strictObject({ text: EntrySchema.optional(), examples: ExamplesEntrySchema.optional() })).optional(),
		}),
	).optional(),
	roles: byId(z.strictObject({ title: EntrySchema.optional(), summary: EntrySchema.optional(), notes: byId(EntrySchema).optional() })).optional(),
	/** The site's own words, by message id, where the language has none built in. */
	ui: z.record(z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'must be a message id: lowercase words joined by dots or hyphens'), TextSchema).optional(),
});

export type TranslationData = z.infer<typeof TranslationSchema>;
export type EntryData = z.infer<typeof EntrySchema>;

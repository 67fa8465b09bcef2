/**
 * A self-assessment as a document: what is kept in the browser, carried in a share link and
 * exported as JSON. Versioned, and validated wherever it comes in (a link, a file), by the same
 * schema that `/assessment.schema.json` publishes. Zod Mini: the browser loads this, and its
 * functional API keeps what it loads small.
 */
import * as z from 'zod/mini';
import type { AssessmentWords } from '../messages/catalogue.ts';
import { say } from '../messages/say.ts';

export const ASSESSMENT_FORMAT = 'career-ladder-assessment';
/**
 * Version 2 added the assessee's `name` and the `release` rated against; version 3, the `history`
 * of saved cycles. Versions 1 and 2 are still read.
 */
export const ASSESSMENT_VERSION = 3;

/** The rating steps, lowest first; "not applicable" stands outside them. */
export const RATINGS = ['not-yet', 'sometimes', 'consistently', 'not-applicable'] as const;
export type RatingValue = (typeof RATINGS)[number];

// Their names are the site's words, in its language: `assessment.rating.<value>` in the catalogue.

const Text = (max: number) => z.string().check(z.maxLength(max));

/**
 * The invisible direction overrides (U+202A to U+202E, U+2066 to U+2069), which the ladder's content
 * refuses too: a name holding one reads differently from what it is, in a table or a pack.
 */
const DIRECTION_OVERRIDES = /[\u202A-\u202E\u2066-\u2069]/g;

/** A person's or a cycle's name: one line, no direction override (a pattern the published schema carries too). */
const Name = (max: number) =>
	z.string().check(
		z.maxLength(max),
		z.regex(/^[^\u202A-\u202E\u2066-\u2069\r\n\u2028\u2029\u0085]*$/, 'holds a line break or an invisible direction override (U+202A to U+202E, U+2066 to U+2069), which would make the name read differently from what it is'),
	);

/** A name as a reader typed it, made what the schema takes: one line, no direction override. */
export function typedName(value: string): string {
	return value.replace(DIRECTION_OVERRIDES, '').replace(/[\s\u0085]+/g, ' ').trim();
}

const RatingSchema = z.strictObject({
	rating: z.enum(RATINGS),
	/** Evidence, or why the item does not apply; shown as plain text. */
	evidence: z.optional(Text(5000)),
	/** The item's words when it was rated, so a rating whose item changed since is flagged. */
	text: Text(5000),
});

/**
 * The most ratings one assessment holds: more items than any role of a real ladder has (the largest
 * framework tried has a few hundred per role), and few enough that a page can list them all.
 */
export const MAX_RATINGS = 5_000;

/** Item key (`competency/level` or `competency/level/criterion`) → its rating. */
const RatingsSchema = z.record(z.string().check(z.maxLength(300)), RatingSchema);

/** The most cycles one assessment keeps: two a year for a long career. */
export const MAX_CYCLES = 60;

const SnapshotSchema = z.strictObject({
	name: Name(200),
	/** When it was saved (ISO 8601). */
	saved: Text(40),
	release: z.optional(Text(100)),
	ratings: RatingsSchema,
});

export const AssessmentSchema = z.strictObject({
	format: z.literal(ASSESSMENT_FORMAT),
	version: z.union([z.literal(1), z.literal(2), z.literal(ASSESSMENT_VERSION)]),
	/** The ladder's name: a saved or shared assessment belongs to one ladder. */
	ladder: Text(300),
	/** The ladder's release it was made against, as `/ladder.json` names it (or "unreleased"). */
	release: z.optional(Text(100)),
	/** The name of the person assessed, shown wherever someone else reads it. */
	name: z.optional(Name(200)),
	/** The id of the role assessed against. */
	role: Text(300),
	/** The id of the role aimed at, for the gap. */
	target: z.optional(Text(300)),
	/** When it was last changed (ISO 8601). */
	updated: Text(40),
	ratings: RatingsSchema,
	/** A second assessor's ratings (a manager, a mentor), added to a shared link. */
	reviewer: z.optional(z.strictObject({ name: Name(200), ratings: RatingsSchema })),
	/** Saved cycles ("2026 H1 review"), oldest first: the ratings as they were, to compare with. */
	history: z.optional(z.array(SnapshotSchema).check(z.maxLength(MAX_CYCLES))),
});

export type Assessment = z.infer<typeof AssessmentSchema>;
export type Rating = Assessment['ratings'][string];
export type Snapshot = z.infer<typeof SnapshotSchema>;

/** An empty assessment of a role. */
export function newAssessment(ladder: string, role: string, target?: string, release?: string): Assessment {
	return { format: ASSESSMENT_FORMAT, version: ASSESSMENT_VERSION, ladder, ...(release ? { release } : {}), role, ...(target ? { target } : {}), updated: new Date().toISOString(), ratings: {} };
}

/**
 * Reads an assessment from JSON text, for an import or a link: the document, or why it is not one
 * (in words for the reader, not a stack of schema paths).
 */
export function readAssessment(text: string, words: AssessmentWords): { assessment: Assessment } | { problem: string } {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { problem: words['assessment.problem-not-json'] };
	}
	const format = (data as { format?: unknown } | null)?.format;
	if (format !== ASSESSMENT_FORMAT) return { problem: words['assessment.problem-not-assessment'] };
	const history = (data as { history?: unknown }).history;
	const parts = [data, (data as { reviewer?: unknown }).reviewer, ...(Array.isArray(history) ? history.slice(0, MAX_CYCLES + 1) : [])];
	const count = Math.max(...parts.map((part) => Object.keys((part as { ratings?: object } | undefined)?.ratings ?? {}).length));
	if (count > MAX_RATINGS) {
		return { problem: say(words, 'assessment.problem-too-many', { count: count.toLocaleString('en'), max: MAX_RATINGS.toLocaleString('en') }) };
	}
	const result = AssessmentSchema.safeParse(data);
	if (result.success) return { assessment: result.data };
	const issue = result.error.issues[0];
	return { problem: say(words, 'assessment.problem-damaged', { path: issue?.path.join('.') || words['assessment.problem-top'], issue: issue?.message ?? 'invalid' }) };
}

/** The JSON Schema of the document, as `/assessment.schema.json` publishes it. */
export function assessmentJsonSchema(): Record<string, unknown> {
	return z.toJSONSchema(AssessmentSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

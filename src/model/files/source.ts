/**
 * The ladder as files, before validation: what the disk reader and Astro's content collections
 * both hand to the validator, so both paths are checked by the same rules.
 */
export interface LadderSource {
	/** `ladder.yaml`. */
	ladder: SourceFile;
	/** One per competency area file; `id` is the file name. */
	areas: SourceFile[];
	/** One per role file (its frontmatter); `id` is the file name. */
	roles: SourceFile[];
	/** Where the content lives, for problems about a missing folder's contents. */
	dir: string;
}

/** One file's parsed data, not yet checked against its schema. */
export interface SourceFile {
	id: string;
	/** The file's path as shown in problems. */
	file: string;
	data: unknown;
}

/**
 * How the format reads inline Markdown (names, descriptors, criteria, examples, notes): micromark
 * with only its inline constructs. A descriptor is a sentence or two in a table cell, so a leading
 * "- " or "# " stays text rather than becoming a list or a heading. The schemas check text as the
 * views render it, so both use this one definition.
 */
export const INLINE_ONLY = {
	disable: {
		null: ['blockQuote', 'codeFenced', 'codeIndented', 'definition', 'headingAtx', 'htmlFlow', 'htmlText', 'list', 'setextUnderline', 'thematicBreak'],
	},
};

/**
 * How the format reads a description shown in full on its own (the ladder's, a group's, a track's,
 * a level's): paragraphs and lists too, so that "In this role, you will:" and its list read as
 * written; still no heading, quote, code block, HTML or rule.
 */
export const PARAGRAPHS_AND_LISTS = {
	disable: {
		null: INLINE_ONLY.disable.null.filter((construct) => construct !== 'list'),
	},
};

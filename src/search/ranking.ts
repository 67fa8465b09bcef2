/**
 * Pagefind's ranking for this site, shared by Starlight's search dialog, the /search/ page and
 * the tests. Term frequency counts fully and term saturation is low, so a page that names a role
 * or competency in its weighted title and summary beats a long page that mentions it in passing;
 * some page-length normalisation keeps long role pages from winning on length alone. At 0.3, the
 * shipped "Software Engineering Manager" page (708 words, 15 matches of "software" and "engineer…")
 * edged out "Software Engineer" (585 words, 7) for the query "Software Engineer", 1.966 to 1.965;
 * at 0.4, every role's title finds its own page first.
 */
export const SEARCH_RANKING = {
	pageLength: 0.4,
	termFrequency: 1,
	termSaturation: 1,
	termSimilarity: 9,
};

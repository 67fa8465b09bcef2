/**
 * Pagefind's ranking for this site, shared by Starlight's search dialog, the /search/ page and
 * the tests. Term frequency counts fully and term saturation is low, so a page that names a role
 * or competency in its weighted title and summary beats a long page that mentions it in passing;
 * some page-length normalisation keeps long role pages from winning on length alone.
 */
export const SEARCH_RANKING = {
	pageLength: 0.3,
	termFrequency: 1,
	termSaturation: 1,
	termSimilarity: 9,
};

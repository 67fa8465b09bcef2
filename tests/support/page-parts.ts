/**
 * Where the tests find the parts of the blocks a page repeats once per competency. The components
 * give these parts no class and the CSS styles them by their place (`ladder.css`), so their place
 * is written here once, for every test that reads them, beside the component it follows.
 */

/** A role page's `article.expectation` (`RoleExpectations.astro`): heading, level, words, the role's note. */
export const EXPECTATION = {
	heading: ':scope > h4',
	level: ':scope > p',
	words: ':scope > div:not(.role-note)',
};

/** A comparison's `article.change` (`ChangeList.astro`); the picker draws its entries in the same shape. */
export const CHANGE = {
	/** The kind of change, after the competency's name in the heading. */
	kind: ':scope > :is(h3, h4) > span',
	/** Each role's level: the earlier role first, the later second. */
	side: (which: 'earlier' | 'later') => `:scope > dl > div:nth-child(${which === 'earlier' ? 1 : 2})`,
	/** What the later role's level asks for, on a comparison page. */
	words: ':scope > div:not(.role-note)',
};

/** A scorecard's block (`Scorecard.astro`): its name, its three anchors side by side, the rating, the notes. */
export const SCORECARD_BLOCK = {
	anchor: (which: 'below' | 'meets' | 'exceeds') => `:scope > div > div:nth-child(${['below', 'meets', 'exceeds'].indexOf(which) + 1})`,
	rating: ':scope > p:not(:last-child)',
};

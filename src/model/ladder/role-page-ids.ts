/**
 * The ids of the role page's own sections. Every expectation row is anchored at its competency's
 * id, so a competency may not take one of these, or two elements would share an id.
 */
export const ROLE_PAGE_SECTION_IDS = {
	overview: 'at-a-glance',
	about: 'about-this-role',
	expectations: 'expectations',
	skills: 'skills',
	details: 'in-detail',
	paths: 'career-paths',
	changes: 'what-changed',
} as const;

/** Ids a competency may not use: the sections above and Starlight's own page anchors. */
export const RESERVED_ROLE_PAGE_IDS: readonly string[] = [
	...Object.values(ROLE_PAGE_SECTION_IDS),
	'top',
	'starlight-page-title',
];

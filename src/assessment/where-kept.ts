/**
 * Where an assessment is kept: in the browser's storage, one per role, per site and ladder, and in
 * a share link's fragment after this key. Apart from the rest, so the page's button can know of a
 * saved or shared assessment without loading the panel.
 *
 * Storage belongs to an origin, not a site: two sites published on one origin
 * (`org.github.io/a/` and `org.github.io/b/`) share it, and any page of either can read all of it.
 * The key carries the site's base path as well as the ladder's name, so two ladders on one origin
 * never mix their assessments; it cannot keep one from reading the other's (docs/reference/assessment.md says so).
 */

/**
 * The site's base path (`/` or `/ladder/`), from the address of a file at its root. A translation
 * of the site, under `/<tag>/`, keeps its assessments where the original does (`language` is its
 * tag): an assessment made in one language opens in every other, the same items by id.
 */
export function siteBase(rootFile: string, page: string, language?: string): string {
	const base = new URL('./', new URL(rootFile, page)).pathname;
	return language && base.endsWith(`/${language}/`) ? base.slice(0, base.length - language.length - 1) : base;
}

/** The key of a role's assessment, for the site at `base`. */
export function storageKey(base: string, ladder: string, roleId: string): string {
	return `career-ladder:assessment:${JSON.stringify([base, ladder, roleId])}`;
}

/** The key of the team view's kept table, for the site at `base`. */
export function teamStorageKey(base: string, ladder: string): string {
	return `career-ladder-team:${JSON.stringify([base, ladder])}`;
}

/**
 * What is kept under `key`. An assessment kept by an earlier version of the site, under the key
 * without the base path (`legacy`), is moved to the new key the first time it is read, so a reader
 * loses nothing at the upgrade.
 */
export function readKept(storage: Storage, key: string, legacy: string): string | null {
	const kept = storage.getItem(key);
	if (kept !== null) return kept;
	const old = storage.getItem(legacy);
	if (old === null) return null;
	try {
		storage.setItem(key, old);
		storage.removeItem(legacy);
	} catch {
		// No room to move it: it is still read from where it is.
	}
	return old;
}

/** The keys of earlier versions, without the base path. */
export const legacyKey = {
	assessment: (ladder: string, roleId: string) => `career-ladder:assessment:${ladder}:${roleId}`,
	team: (ladder: string) => `career-ladder-team:${ladder}`,
};

export const FRAGMENT_KEY = 'assessment=';

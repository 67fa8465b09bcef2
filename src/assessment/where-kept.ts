/**
 * Where an assessment is kept: in the browser's storage, one per role, per ladder (by its name),
 * and in a share link's fragment after this key. Apart from the rest, so the page's button can
 * know of a saved or shared assessment without loading the panel.
 */
export function storageKey(ladder: string, roleId: string): string {
	return `career-ladder:assessment:${ladder}:${roleId}`;
}

export const FRAGMENT_KEY = 'assessment=';

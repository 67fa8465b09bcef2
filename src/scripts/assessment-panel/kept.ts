/**
 * The reader's own assessment of a role, kept in this browser's `localStorage` under a key of the
 * site, the ladder and the role (`where-kept.ts`); one kept by an earlier version under the
 * ladder's name alone is read from its old key.
 */
import { ASSESSMENT_VERSION, readAssessment, type Assessment } from '../../assessment/document.ts';
import { readKept } from '../../assessment/where-kept.ts';

export function loadKept(key: string, legacyKey: string): Assessment | undefined {
	const text = readKept(localStorage, key, legacyKey);
	if (!text) return undefined;
	const read = readAssessment(text);
	return 'assessment' in read ? read.assessment : undefined;
}

/** Keeps `own` under `key`, as an assessment of `release` in this version of the format; says how it went. */
export function keep(key: string, own: Assessment, release: string): string {
	own.updated = new Date().toISOString();
	own.version = ASSESSMENT_VERSION;
	own.release = release;
	const rated = Object.keys(own.ratings).length;
	const ratings = `${rated} ${rated === 1 ? 'rating' : 'ratings'}`;
	try {
		localStorage.setItem(key, JSON.stringify(own));
	} catch {
		return `Not saved: this browser has no room left for this site. Download the assessment (JSON) to keep your ${ratings}.`;
	}
	return `Saved in this browser: ${ratings}.`;
}

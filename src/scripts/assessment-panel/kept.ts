/**
 * The reader's own assessment of a role, kept in this browser's `localStorage` under a key of the
 * site, the ladder and the role (`where-kept.ts`); one kept by an earlier version under the
 * ladder's name alone is read from its old key.
 */
import { ASSESSMENT_VERSION, readAssessment, type Assessment } from '../../assessment/document.ts';
import { readKept } from '../../assessment/where-kept.ts';
import type { Panel } from './panel.ts';
import { ratingCount, said } from './words.ts';

/** The reader's own assessment as kept, if it can be read: what an older version of the site kept may not. */
export function loadKept(data: Panel['data'], key: string, legacyKey: string): Assessment | undefined {
	const text = readKept(localStorage, key, legacyKey);
	if (!text) return undefined;
	const read = readAssessment(text, data.words);
	return 'assessment' in read ? read.assessment : undefined;
}

/** Keeps `own` under `key`, as an assessment of `release` in this version of the format; says how it went. */
export function keep(panel: Pick<Panel, 'data'>, key: string, own: Assessment, release: string): string {
	own.updated = new Date().toISOString();
	own.version = ASSESSMENT_VERSION;
	own.release = release;
	const ratings = ratingCount(panel, Object.keys(own.ratings).length);
	try {
		localStorage.setItem(key, JSON.stringify(own));
	} catch {
		return said(panel, 'assessment.not-saved', { ratings });
	}
	return said(panel, 'assessment.saved', { ratings });
}

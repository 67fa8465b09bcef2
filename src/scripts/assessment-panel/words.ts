/**
 * The panel's words, from `/assessment-data.json` (the site's catalogue, in the page's language):
 * said plainly, by whose assessment it is, or counted.
 */
import type { RatingValue } from '../../assessment/document.ts';
import type { AssessmentWords } from '../../messages/catalogue.ts';
import { say, sayCount } from '../../messages/say.ts';
import type { Panel } from './panel.ts';

type Id = keyof AssessmentWords;

/** The messages said three ways: of the reader's own assessment, a named person's, an unnamed assessee's. */
export type WhoseId = { [K in Id]: K extends `${infer Base}.own` ? Base : never }[Id];

export function said(panel: Pick<Panel, 'data'>, id: Id, parts: Readonly<Record<string, string | number>> = {}): string {
	return say(panel.data.words, id, parts);
}

/** A message in the form for whose assessment it is, the person's name filled in. */
export function saidOf(panel: Pick<Panel, 'data' | 'whose'>, base: WhoseId, parts: Readonly<Record<string, string | number>> = {}): string {
	return say(panel.data.words, `${base}.${panel.whose.kind}` as Id, { ...parts, name: panel.whose.name });
}

/** A rating in words, or "not rated". */
export function ratingLabel(panel: Pick<Panel, 'data'>, value: RatingValue | undefined): string {
	return panel.data.words[value ? (`assessment.rating.${value}` as const) : 'assessment.not-rated'];
}

/** "3 ratings", in the page's language's plural forms. */
export function ratingCount(panel: Pick<Panel, 'data'>, count: number): string {
	return sayCount(panel.data.words, 'assessment.count-ratings', count, document.documentElement.lang || 'en');
}

/**
 * A level's descriptor as plain text, for where a list cannot go: a matrix cell's tooltip, a
 * search summary. The full list, with examples, is on the role and competency pages.
 */
import type { LevelDescriptor } from '../model/types.ts';
import { inlineText } from './inline-markdown.ts';

/** A tooltip stays a glance: a list longer than this says how many more criteria it has. */
const SUMMARY_CRITERIA = 2;

/** Every criterion's text, without Markdown, one after the other. */
export function descriptorText(descriptor: LevelDescriptor | undefined): string {
	return (descriptor?.criteria ?? []).map((criterion) => inlineText(criterion.text)).join(' ');
}

/** A single descriptor in full; a list as its first criteria and how many more it has. */
export function descriptorSummary(descriptor: LevelDescriptor | undefined): string {
	if (!descriptor) return '';
	if (!descriptor.isList) return descriptorText(descriptor);
	const { criteria } = descriptor;
	const shown = criteria.slice(0, SUMMARY_CRITERIA).map((criterion) => `• ${inlineText(criterion.text)}`);
	const more = criteria.length - SUMMARY_CRITERIA;
	return [...shown, ...(more > 0 ? [`and ${more} more ${more === 1 ? 'criterion' : 'criteria'}`] : [])].join(' ');
}

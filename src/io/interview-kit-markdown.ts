/**
 * A role's interview kit as one Markdown file (the hiring page's "Download the interview kit",
 * `ladder hiring`): the ad, the plan and the scorecard, the same text as the pages, for an
 * applicant-tracking system or an interviewer's own copy. Written as a syntax tree, so whatever the
 * ladder says is text, never markup; the ladder's inline Markdown is read as its words.
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { InterviewKit } from '../model/hiring/interview-kit.ts';
import { RATINGS, type ScorecardAnchor } from '../model/hiring/scorecard.ts';
import { INLINE_ONLY } from '../schemas/inline-only.ts';
import { heading, list, paragraph, strong, table, text } from './markdown-tree.ts';
import { writeGfmMarkdown } from './gfm-markdown.ts';

/** Inline Markdown as its words. */
const words = (markdown: string) => toString(fromMarkdown(markdown, { extensions: [INLINE_ONLY] }));

/** `prose`: the role's body as the ad shows it (`ad-prose.ts`). */
export function interviewKitMarkdown(kit: InterviewKit, prose: readonly RootContent[] = []): string {
	const { ad, plan } = kit;
	const role = ad.role;
	const tracks = ad.tracks.map((track) => track.name).join(', ');
	const blocks: RootContent[] = [
		heading(1, `Interview kit: ${role.title}`),
		paragraph(text(`From the ${kit.ladderName}, ${kit.version.release}. Kit ${kit.version.fingerprint}.`)),
		heading(2, 'The job ad'),
		...(role.summary ? [paragraph(text(words(role.summary)))] : []),
		paragraph(text(`A grade ${role.grade} role on the ${tracks} ${ad.tracks.length > 1 ? 'tracks' : 'track'}.`)),
		...(role.scope ? [paragraph(strong('Scope:'), text(` ${words(role.scope)}`))] : []),
		...prose,
		...(ad.duties.length > 0 ? [heading(3, 'What you will do'), list(ad.duties.map(({ competency, text: duty }) => [paragraph(strong(`${competency.name}:`), text(` ${words(duty)}`))]))] : []),
		heading(2, 'The interview plan'),
		paragraph(text(`${plan.covered.reduce((sum, c) => sum + c.questions.length, 0)} questions in ${plan.used} of ${plan.settings.minutes} minutes.`)),
		...plan.covered.flatMap(({ competency, level, questions }): RootContent[] => [
			heading(3, `${competency.name} at ${level.label}`),
			list(
				questions.map(({ question, level: asked, below }) => [
					paragraph(text(`${words(question.text)} (${question.minutes} min${below ? `, from ${asked.label}, the level below` : ''})`)),
					...(question.followUps.length > 0 ? [paragraph(text('Follow up with:')), list(question.followUps.map((one) => [paragraph(text(words(one)))]))] : []),
					...(question.lookFor.length > 0 ? [paragraph(text('A good answer shows:')), list(question.lookFor.map((one) => [paragraph(text(words(one)))]))] : []),
				]),
			),
		]),
		...(plan.notCovered.length > 0
			? [
					heading(3, 'Not covered by a question'),
					list(plan.notCovered.map(({ competency, level, why }) => [paragraph(text(`${competency.name} at ${level.label}: ${why === 'no-question' ? 'no question at this level or below' : 'its questions do not fit in the time'}.`))])),
				]
			: []),
		heading(2, 'Scorecard'),
		table(null, [
			['Competency', 'Below', 'Meets', 'Exceeds', 'Rating', 'Notes'],
			...kit.scorecard.map((row) => [row.competency.name, anchorText(row.below), anchorText(row.meets), anchorText(row.exceeds), RATINGS.join(' / '), '']),
			['Overall recommendation', '', '', '', RATINGS.join(' / '), ''],
		]),
	];
	return writeGfmMarkdown(blocks);
}

function anchorText(anchor: ScorecardAnchor | undefined): string {
	if (!anchor) return '—';
	const criteria = anchor.criteria.map((criterion) => words(criterion.text)).join(' ');
	return `${anchor.level.label}: ${criteria}${anchor.note ? ` For this role: ${words(anchor.note)}` : ''}`;
}

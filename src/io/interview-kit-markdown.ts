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
import type { ScorecardAnchor } from '../model/hiring/scorecard.ts';
import { messagesFor, type Messages } from '../messages/catalogue.ts';
import { say, sayCount } from '../messages/say.ts';
import { INLINE_ONLY } from '../schemas/inline-only.ts';
import { heading, list, paragraph, strong, table, text } from './markdown-tree.ts';
import { writeGfmMarkdown } from './gfm-markdown.ts';

/** Inline Markdown as its words. */
const words = (markdown: string) => toString(fromMarkdown(markdown, { extensions: [INLINE_ONLY] }));

/** `prose`: the role's body as the ad shows it (`ad-prose.ts`); `said`, the site's words in its language (English by default, as `ladder hiring` writes it). */
export function interviewKitMarkdown(kit: InterviewKit, prose: readonly RootContent[] = [], said: Messages = messagesFor('en'), language = 'en'): string {
	const { ad, plan } = kit;
	const role = ad.role;
	const tracks = ad.tracks.map((track) => track.name).join(', ');
	const ratings = [said['scorecard.strong-no'], said['scorecard.no'], said['scorecard.yes'], said['scorecard.strong-yes']].join(' / ');
	const blocks: RootContent[] = [
		heading(1, say(said, 'kit.title', { role: role.title })),
		paragraph(text(say(said, 'kit.version', { ladder: kit.ladderName, release: kitRelease(kit, said), kit: kit.version.fingerprint }))),
		heading(2, said['hiring.job-ad']),
		...(role.summary ? [paragraph(text(words(role.summary)))] : []),
		paragraph(text(say(said, ad.tracks.length > 1 ? 'hiring.place-tracks' : 'hiring.place', { grade: role.grade, tracks }))),
		...(role.scope ? [paragraph(strong(said['hiring.scope']), text(` ${words(role.scope)}`))] : []),
		...prose,
		...(ad.duties.length > 0 ? [heading(3, said['hiring.duties']), list(ad.duties.map(({ competency, text: duty }) => [paragraph(strong(`${competency.name}${said['list.colon']}`), text(` ${words(duty)}`))]))] : []),
		heading(2, said['hiring.plan']),
		paragraph(text(sayCount(said, 'kit.questions', plan.covered.reduce((sum, c) => sum + c.questions.length, 0), language, { used: plan.used, minutes: plan.settings.minutes }))),
		...plan.covered.flatMap(({ competency, level, questions }): RootContent[] => [
			heading(3, say(said, 'kit.competency-at', { competency: competency.name, level: level.label })),
			list(
				questions.map(({ question, level: asked, below }) => [
					paragraph(text(say(said, below ? 'kit.minutes-below' : 'kit.minutes', { question: words(question.text), minutes: question.minutes, level: asked.label }))),
					...(question.followUps.length > 0 ? [paragraph(text(said['kit.follow-up'])), list(question.followUps.map((one) => [paragraph(text(words(one)))]))] : []),
					...(question.lookFor.length > 0 ? [paragraph(text(said['kit.look-for'])), list(question.lookFor.map((one) => [paragraph(text(words(one)))]))] : []),
				]),
			),
		]),
		...(plan.notCovered.length > 0
			? [
					heading(3, said['hiring.not-covered']),
					list(plan.notCovered.map(({ competency, level, why }) => [paragraph(text(say(said, why === 'no-question' ? 'kit.no-question' : 'kit.no-time', { competency: competency.name, level: level.label })))])),
				]
			: []),
		heading(2, said['kit.scorecard']),
		table(null, [
			[said['kit.competency'], said['scorecard.below'], said['scorecard.meets'], said['scorecard.exceeds'], said['kit.rating'], said['kit.notes']],
			...kit.scorecard.map((row) => [row.competency.name, anchorText(row.below, said), anchorText(row.meets, said), anchorText(row.exceeds, said), ratings, '']),
			[said['scorecard.overall'], '', '', '', ratings, ''],
		]),
	];
	return writeGfmMarkdown(blocks);
}

/** Which release a kit comes from, in the site's words: interviewers compare it with the fingerprint. */
export function kitRelease(kit: InterviewKit, said: Messages): string {
	const { current, latest } = kit.version.from;
	if (current) return say(said, 'hiring.release', { release: current.name, date: current.date });
	return latest ? say(said, 'hiring.since-release', { release: latest.name, date: latest.date }) : said['hiring.no-release'];
}

function anchorText(anchor: ScorecardAnchor | undefined, said: Messages): string {
	if (!anchor) return '—';
	const criteria = anchor.criteria.map((criterion) => words(criterion.text)).join(' ');
	return `${anchor.level.label}: ${anchor.note ? say(said, 'kit.for-role', { text: criteria, note: words(anchor.note) }) : criteria}`;
}

/**
 * A role's interview kit as plain data (`ladder hiring --format json`), for an applicant-tracking
 * system: the same ad, plan and scorecard as the pages, by id and in the ladder's words.
 */
import type { InterviewKit } from '../model/hiring/interview-kit.ts';
import type { ScorecardAnchor } from '../model/hiring/scorecard.ts';

export function interviewKitJson(kit: InterviewKit) {
	const { ad, plan } = kit;
	const anchor = (a: ScorecardAnchor | undefined) => a && { level: a.level.id, label: a.level.label, criteria: a.criteria.map((c) => c.text), ...(a.note ? { note: a.note } : {}) };
	return {
		role: ad.role.id,
		title: ad.role.title,
		ladder: kit.ladderName,
		release: kit.version.release,
		kit: kit.version.fingerprint,
		ad: { summary: ad.role.summary, tracks: ad.tracks.map((track) => track.id), grade: ad.role.grade, duties: ad.duties.map(({ competency, text }) => ({ competency: competency.id, text })) },
		plan: {
			minutes: plan.settings.minutes,
			perCompetency: plan.settings.perCompetency,
			used: plan.used,
			questions: plan.covered.flatMap(({ competency, questions }) =>
				questions.map(({ question, level, below }) => ({ competency: competency.id, level: level.id, below, id: question.id, text: question.text, minutes: question.minutes, followUps: question.followUps, lookFor: question.lookFor })),
			),
			notCovered: plan.notCovered.map(({ competency, level, why }) => ({ competency: competency.id, level: level.id, why })),
		},
		scorecard: kit.scorecard.map((row) => ({ competency: row.competency.id, below: anchor(row.below), meets: anchor(row.meets), exceeds: anchor(row.exceeds) })),
	};
}

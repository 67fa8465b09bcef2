/**
 * A role's interview kit: its job ad, interview plan and scorecard, and which ladder they come
 * from. The hiring pages show it; the download and `ladder hiring` write it.
 */
import { interviewPlan, type InterviewPlan } from './interview-plan.ts';
import { jobAd, type JobAd } from './job-ad.ts';
import { kitFingerprint, scorecard, type ScorecardRow } from './scorecard.ts';
import { getRole } from '../ladder/lookup.ts';
import type { Ladder } from '../ladder/types.ts';

/** The kit, or `undefined` for a role not hired for from outside (`hiring: false`). */
export function interviewKit(ladder: Ladder, id: string, releases: KitRelease): InterviewKit | undefined {
	const role = getRole(ladder, id);
	const plan = interviewPlan(ladder, role);
	if (!plan) return undefined;
	const rows = scorecard(ladder, role);
	const questionIds = plan.covered.flatMap((competency) => competency.questions.map(({ question }) => question.id));
	return { ladderName: ladder.name, ad: jobAd(ladder, role), plan, scorecard: rows, version: { fingerprint: kitFingerprint(rows, questionIds), release: releaseLine(releases), from: releases } };
}

/** The roles a ladder hires for from outside: every role but those with `hiring: false`. */
export function hiredRoles(ladder: Ladder): string[] {
	return ladder.roles.filter((role) => role.hiring !== false).map((role) => role.id);
}

/** The release the ladder is (its latest, unchanged since), or the latest it has changed since. */
export interface KitRelease {
	current?: { name: string; date: string } | undefined;
	latest?: { name: string; date: string } | undefined;
}

/** Which ladder a kit comes from, in words: interviewers compare it with the fingerprint. */
function releaseLine({ current, latest }: KitRelease): string {
	if (current) return `release ${current.name} of ${current.date}`;
	// A build's own date would make two builds of one ladder differ: the release it follows dates it.
	return latest ? `unreleased changes since release ${latest.name} of ${latest.date}` : 'unreleased changes (the ladder has no release yet)';
}

export interface InterviewKit {
	ladderName: string;
	ad: JobAd;
	plan: InterviewPlan;
	scorecard: ScorecardRow[];
	/** The kit's fingerprint, and which release it comes from: in English words (for the JSON kit), and as the release names it. */
	version: { fingerprint: string; release: string; from: KitRelease };
}

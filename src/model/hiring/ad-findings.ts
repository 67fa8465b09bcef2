/**
 * What the ladder review finds in a role's words that a job ad must not carry: years of experience
 * (which screens out people who have the skills), personality traits (which are not behaviour) and
 * gendered words (which put off applicants). The dev server shows them on the hiring page.
 */
import { reviewLadder } from '../review/review.ts';
import type { Finding } from '../review/rules.ts';

export const AD_RULES = ['years-of-experience', 'personality-trait', 'gendered-language'] as const;

export function adFindings(dir: string, roleId: string): Finding[] {
	return reviewLadder(dir).findings.filter((finding) => finding.role === roleId && (AD_RULES as readonly string[]).includes(finding.rule));
}

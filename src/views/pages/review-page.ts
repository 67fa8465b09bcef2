/**
 * The dev server's `/review/` page: the review's findings by file, each linked to where a reader
 * meets it on the site. A criterion's finding links to the criterion's anchor on a role page that
 * lists it (or its level on the competency's page, where no role expects that level); a role's,
 * to the role's page; a competency's, to the competency's page.
 */
import { paths } from '../../model/ladder/paths.ts';
import type { Ladder } from '../../model/ladder/types.ts';
import type { Finding } from '../../model/review/rules.ts';

export interface ReviewRow {
	line: number;
	severity: Finding['severity'];
	rule: string;
	message: string;
	text: string;
	/** Where the finding shows on the site, a site path; none for what no page shows. */
	path?: string;
}

export function reviewPage(ladder: Ladder, findings: readonly Finding[]): { file: string; rows: ReviewRow[] }[] {
	return [...Map.groupBy(findings, (finding) => finding.file)].map(([file, ofFile]) => ({
		file,
		rows: ofFile.map((finding) => {
			const path = sitePath(ladder, finding);
			return { line: finding.line, severity: finding.severity, rule: finding.rule, message: finding.message, text: finding.text, ...(path ? { path } : {}) };
		}),
	}));
}

function sitePath(ladder: Ladder, finding: Finding): string | undefined {
	const { criterion, competency, level, role } = finding;
	if (criterion && competency && level) {
		const lister = ladder.roles.find((one) => one.expectations.some((e) => e.competencyId === competency && e.levelId === level));
		return lister ? `${paths.role(lister.id)}#${criterion}` : `${paths.competency(competency)}#level-${level}`;
	}
	if (role) return competency ? paths.expectation(role, competency) : paths.role(role);
	if (competency) return paths.competency(competency);
	return undefined;
}

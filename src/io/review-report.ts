/**
 * The ladder review's report in each of its formats: text for a terminal (grouped by file, a count
 * per rule at the end), JSON (an array of findings), GitHub Actions workflow commands (one per
 * finding, so that findings show on a pull request's changed lines), and Markdown (a summary
 * table, then the findings) for a job summary or a pull-request comment.
 */
import type { Finding, Severity } from '../model/review/rules.ts';
import { heading, list, oneLine, paragraph, strong, table, text, writeMarkdown } from './markdown-tree.ts';

export const REPORT_FORMATS = ['text', 'json', 'github', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** `prefix`: where the ladder's folder is from the repository's root (`content`), for GitHub's file paths. */
export function reviewReport(findings: readonly Finding[], format: ReportFormat, prefix: string): string {
	switch (format) {
		case 'json':
			return `${JSON.stringify(findings, null, 2)}\n`;
		case 'github':
			return findings.map((finding) => githubCommand(finding, prefix)).join('');
		case 'markdown':
			return markdownReport(findings, prefix);
		default:
			return textReport(findings);
	}
}

/** How many findings of each rule, most first. */
export function countsByRule(findings: readonly Finding[]): [string, number][] {
	const counts = new Map<string, number>();
	for (const finding of findings) counts.set(finding.rule, (counts.get(finding.rule) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function textReport(findings: readonly Finding[]): string {
	if (findings.length === 0) return 'The review found nothing.\n';
	const lines: string[] = [];
	for (const [file, inFile] of Map.groupBy(findings, (finding) => finding.file)) {
		lines.push(file);
		for (const finding of inFile) lines.push(`  ${finding.line}: ${finding.severity} ${finding.rule}: ${oneLine(finding.message)}`);
		lines.push('');
	}
	lines.push(`${findings.length} ${findings.length === 1 ? 'finding' : 'findings'} (${summary(findings)}):`);
	for (const [rule, count] of countsByRule(findings)) lines.push(`  ${String(count).padStart(4)} ${rule}`);
	return `${lines.join('\n')}\n`;
}

function summary(findings: readonly Finding[]): string {
	const of = (severity: Severity) => findings.filter((finding) => finding.severity === severity).length;
	return (['error', 'warning', 'hint'] as const).map((severity) => `${of(severity)} ${severity}${of(severity) === 1 ? '' : 's'}`).join(', ');
}

/**
 * `::warning file=content/roles/x.mdx,line=12,title=hedge-word::message`. A hint is a `notice`.
 * The properties and the message are escaped as the workflow commands' own toolkit escapes them.
 */
function githubCommand(finding: Finding, prefix: string): string {
	const level = finding.severity === 'hint' ? 'notice' : finding.severity;
	const property = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/:/g, '%3A').replace(/,/g, '%2C');
	const data = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
	const file = prefix ? `${prefix.replace(/\/$/, '')}/${finding.file}` : finding.file;
	return `::${level} file=${property(file)},line=${finding.line},title=${property(finding.rule)}::${data(finding.message)}\n`;
}

function markdownReport(findings: readonly Finding[], prefix: string): string {
	const place = (finding: Finding) => `${prefix ? `${prefix.replace(/\/$/, '')}/` : ''}${finding.file}:${finding.line}`;
	return writeMarkdown([
		heading(2, 'Ladder review'),
		paragraph(text(findings.length === 0 ? 'The review found nothing.' : `${findings.length} ${findings.length === 1 ? 'finding' : 'findings'}: ${summary(findings)}.`)),
		...(findings.length === 0
			? []
			: [
					table(
						[null, 'right'],
						[['Rule', 'Findings'], ...countsByRule(findings).map(([rule, count]) => [rule, String(count)])],
					),
					heading(3, 'Findings'),
					list(findings.map((finding) => [paragraph(strong(finding.severity), text(` ${finding.rule}, ${place(finding)}: ${finding.message}`))])),
				]),
	]);
}

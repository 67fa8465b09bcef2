/**
 * `ladder review` on `tests/fixtures/review-ladder`, which seeds one instance of every rule at a
 * known line and as many look-alikes that must not fire; its formats, its exit status, and its
 * ignore list, which the check's lint warnings follow too.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { describe, expect, test } from 'vitest';
import { runLadder } from '../../src/cli/ladder.ts';
import type { Finding } from '../../src/model/review/rules.ts';
import { RULES } from '../../src/model/review/rules.ts';
import { runInProcess, runInProcessAsync } from '../support/run-in-process.ts';
import { parse } from 'yaml';

const LADDER = 'tests/fixtures/review-ladder';
const review = (...args: string[]) => runInProcess(runLadder, ['review', '--content', LADDER, ...args]);
const findings = () => JSON.parse(review('--format', 'json').stdout) as Finding[];

/** Every finding the ladder seeds: rule, severity, where. */
const SEEDED = [
	['ability-phrasing', 'warning', 'competencies/craft.yaml:7'],
	['trivialising-word', 'warning', 'competencies/craft.yaml:9'],
	['hedge-word', 'hint', 'competencies/craft.yaml:13'],
	// "Knows the release process and follows it": an observable verb follows, so a hint.
	['ability-phrasing', 'hint', 'competencies/craft.yaml:14'],
	['repeated-criterion', 'warning', 'competencies/craft.yaml:28'],
	['long-criterion', 'hint', 'competencies/craft.yaml:31'],
	['near-duplicate', 'warning', 'competencies/craft.yaml:37'],
	// Design's Level 2 is one descriptor, nearly the level below's: the level adds nothing either.
	['level-adds-nothing', 'warning', 'competencies/craft.yaml:37'],
	['level-adds-nothing', 'warning', 'competencies/craft.yaml:45'],
	['repeated-criterion', 'warning', 'competencies/craft.yaml:46'],
	['repeated-criterion', 'warning', 'competencies/craft.yaml:47'],
	['competency-unexpected', 'warning', 'competencies/craft.yaml:49'],
	['unused-ignore', 'warning', 'ladder.yaml:15'],
	['step-adds-nothing', 'warning', 'roles/engineer-1.mdx:5'],
	['personality-trait', 'warning', 'roles/engineer-1.mdx:10'],
	['gendered-language', 'warning', 'roles/engineer-1.mdx:15'],
	// Engineer 2 expects Operations; Engineer 3, its one next step on the track, does not.
	['competency-dropped', 'hint', 'roles/engineer-2.mdx:5'],
	// Engineer 2 expects what Engineer 1 does, note included.
	['personality-trait', 'warning', 'roles/engineer-2.mdx:10'],
	['years-of-experience', 'warning', 'roles/engineer-3.mdx:5'],
	['grade-unbalanced', 'warning', 'roles/manager-1.mdx:4'],
	['expectation-lowered', 'warning', 'roles/manager-1.mdx:7'],
	['role-expects-nothing', 'warning', 'roles/manager-2.mdx:1'],
	['next-to-lower-grade', 'warning', 'roles/manager-2.mdx:5'],
	['shared-rung', 'warning', 'roles/manager-3.mdx:4'],
];

/** The look-alikes: a line, and the rule that must not fire there, with what it looks like. */
const LOOK_ALIKES = [
	['competencies/craft.yaml:8', 'ability-phrasing', 'Canary releases (not "Can")'],
	['competencies/craft.yaml:10', 'trivialising-word', 'Justifies (not "just")'],
	['competencies/craft.yaml:11', 'personality-trait', 'compassionate (not "passionate")'],
	['competencies/craft.yaml:15', 'hedge-word', 'an ignored hedge ("Mostly", in review.ignore)'],
	['competencies/craft.yaml:17', 'ability-phrasing', 'Candidly shares (not "Can")'],
	['competencies/craft.yaml:18', 'hedge-word', 'pretty-printed (not the hedge "pretty")'],
	['competencies/craft.yaml:21', 'trivialising-word', 'not just its columns (not only, not the trivialiser)'],
	['competencies/craft.yaml:27', 'level-adds-nothing', 'a level with a new criterion beside a repeated one adds something'],
	['competencies/craft.yaml:32', 'long-criterion', 'e.g. and i.e. are not sentences'],
	['competencies/craft.yaml:38', 'near-duplicate', 'a level in other words'],
	['competencies/craft.yaml:51', 'repeated-criterion', 'the same words in another competency'],
	['roles/engineer-1.mdx:17', 'gendered-language', 'Shepherds, the team (not "he")'],
	['roles/engineer-2.mdx:5', 'step-adds-nothing', 'a step that raises a level'],
	['roles/engineer-3.mdx:6', 'years-of-experience', 'a duration that is not asked of a person (7 years of audit history)'],
	['roles/engineer-3.mdx:7', 'years-of-experience', 'the role’s experience fact, where an organisation states years on purpose'],
	['roles/engineer-3.mdx:8', 'competency-dropped', 'a step to another track that drops competencies'],
];

describe('ladder review', () => {
	test('finds every seeded instance of every rule, where it is, and nothing else', () => {
		const found = findings();
		expect(found.map((finding) => [finding.rule, finding.severity, `${finding.file}:${finding.line}`])).toEqual(SEEDED);
		// Every rule has its instance.
		expect(new Set(found.map((finding) => finding.rule))).toEqual(new Set(Object.keys(RULES)));
	});

	test('the look-alikes give no finding', () => {
		const fired = new Set(findings().map((finding) => `${finding.file}:${finding.line} ${finding.rule}`));
		for (const [place, rule, what] of LOOK_ALIKES) expect(fired.has(`${place} ${rule}`), `${place}: ${what}`).toBe(false);
		expect(LOOK_ALIKES.length).toBeGreaterThanOrEqual(SEEDED.length - 8);
	});

	test('a finding says what to write instead, names what it is about, and points at the other place of a repeat', () => {
		const found = findings();
		const ability = found.find((finding) => finding.rule === 'ability-phrasing')!;
		expect(ability).toMatchObject({ competency: 'coding', level: 'l1', criterion: expect.stringMatching(/^coding-l1-can-write/), text: 'Can write tests for their own changes.' });
		expect(ability.message).toContain('“Writes …”');
		const near = found.find((finding) => finding.rule === 'near-duplicate')!;
		expect(near.related).toEqual({ file: 'competencies/craft.yaml', line: 36, text: "Designs a module's interface with the help of a senior engineer." });
		expect(near.message).toContain('[-senior-]{+staff+}');
		expect(found.find((finding) => finding.rule === 'gendered-language')!.message).toContain('“they”');
		expect(found.find((finding) => finding.rule === 'step-adds-nothing')).toMatchObject({ role: 'engineer-1', track: 'engineering' });
	});

	test('prints findings grouped by file, then a count per rule; exits 0 with warnings unless strict', () => {
		const { status, stdout } = review();
		expect(status).toBe(0);
		expect(stdout).toContain('competencies/craft.yaml\n  7: warning ability-phrasing: begins “Can”');
		expect(stdout).toContain(`${SEEDED.length} findings (0 errors, ${SEEDED.filter(([, severity]) => severity === 'warning').length} warnings, ${SEEDED.filter(([, severity]) => severity === 'hint').length} hints):`);
		expect(stdout).toMatch(/^\s+3 repeated-criterion$/m);
		expect(review('--strict').status).toBe(1);
	});

	test('review: { strict: true } in ladder.yaml fails it as --strict does, and fails the check on the lint’s warnings', () => {
		const dir = copy((yaml) => yaml.replace('review:\n', 'review:\n  strict: true\n'));
		expect(runInProcess(runLadder, ['review', '--content', dir]).status).toBe(1);
		expect(runInProcess(runLadder, ['validate', '--content', dir]).status).toBe(1);
	});

	test('--format github writes one workflow command per finding, on the file from the repository’s root', () => {
		const lines = review('--format', 'github').stdout.trimEnd().split('\n');
		expect(lines).toHaveLength(SEEDED.length);
		expect(lines[0]).toMatch(/^::warning file=tests\/fixtures\/review-ladder\/competencies\/craft\.yaml,line=7,title=ability-phrasing::begins “Can”/);
		expect(lines.filter((line) => line.startsWith('::notice '))).toHaveLength(SEEDED.filter(([, severity]) => severity === 'hint').length);
	});

	test('--format markdown writes a summary table and the findings, which a Markdown reader reads back', () => {
		const markdown = review('--format', 'markdown').stdout;
		const tree = fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
		const table = tree.children.find((node) => node.type === 'table')!;
		expect(table.children).toHaveLength(1 + new Set(SEEDED.map(([rule]) => rule)).size);
		const list = tree.children.find((node) => node.type === 'list')!;
		expect(list.children).toHaveLength(SEEDED.length);
		expect(markdown).toContain('**warning** ability-phrasing, tests/fixtures/review-ladder/competencies/craft.yaml:7: begins');
	});

	test('an ignore entry keeps its finding out of the check’s lint warnings too', () => {
		const before = runInProcess(runLadder, ['validate', '--content', LADDER]).stderr;
		expect(before).toContain('manager-3.mdx:4: grade: has grade 4');
		const dir = copy((yaml) => yaml.replace('  ignore:\n', '  ignore:\n    - { rule: shared-rung, id: manager-3, reason: "Two managers of one grade, on purpose." }\n'));
		const after = runInProcess(runLadder, ['validate', '--content', dir]);
		expect(after.status).toBe(0);
		expect(after.stderr).not.toContain('manager-3.mdx:4: grade');
		expect(after.stderr).toContain('manager-2.mdx:5: next');
		expect(JSON.parse(runInProcess(runLadder, ['review', '--content', dir, '--format', 'json']).stdout).some((finding: Finding) => finding.rule === 'shared-rung')).toBe(false);
	});

	test('an ignore entry naming no rule is reported with the rules there are; a malformed ladder gets the check’s messages', () => {
		const dir = copy((yaml) => yaml.replace('rule: hedge-word, id: no-such', 'rule: hedge-words, id: no-such'));
		const unused = (JSON.parse(runInProcess(runLadder, ['review', '--content', dir, '--format', 'json']).stdout) as Finding[]).find((finding) => finding.rule === 'unused-ignore')!;
		expect(unused.message).toContain('“hedge-words”, which the review does not have: the rules are ability-phrasing,');
		const broken = copy((yaml) => yaml.replace('name: Review test ladder', 'name: [Review'));
		const run = runInProcess(runLadder, ['review', '--content', broken]);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('ladder.yaml');
		expect(review('--format', 'xml').status).toBe(2);
	});
});

describe('the review’s settings in the workbook', () => {
	test('review.strict and review.ignore go out in /ladder.xlsx and come back in', async () => {
		const dir = copy((yaml) => yaml.replace('review:\n', 'review:\n  strict: false\n'));
		const workbook = join(mkdtempSync(join(tmpdir(), 'ladder-review-xlsx-')), 'ladder.xlsx');
		expect((await runInProcessAsync(runLadder, ['export', '--format', 'xlsx', '--out', workbook, '--content', dir])).status).toBe(0);
		const empty = join(mkdtempSync(join(tmpdir(), 'ladder-review-empty-')), 'content');
		const imported = await runInProcessAsync(runLadder, ['import', workbook, '--content', empty]);
		expect(imported.status, imported.stderr).toBe(0);
		const settings = (folder: string) => (parse(readFileSync(join(folder, 'ladder.yaml'), 'utf8')) as { review: unknown }).review;
		expect(settings(empty)).toEqual(settings(dir));
		expect(settings(empty)).toMatchObject({ strict: false, ignore: [{ rule: 'hedge-word', id: 'mostly-writes-the-guide' }, { rule: 'hedge-word', id: 'no-such-criterion' }] });
	});
});

/** A copy of the review ladder with its `ladder.yaml` changed by `edit`. */
function copy(edit: (yaml: string) => string): string {
	const dir = join(mkdtempSync(join(tmpdir(), 'ladder-review-')), 'content');
	cpSync(LADDER, dir, { recursive: true });
	const file = join(dir, 'ladder.yaml');
	writeFileSync(file, edit(readFileSync(file, 'utf8')));
	return dir;
}

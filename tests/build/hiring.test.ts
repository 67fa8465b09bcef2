/**
 * Hiring against the ladder, read back from the built framework ladder: a ladder of 45-minute
 * interviews, a role with its own settings, a role not hired for (`hiring: false`), a competency
 * without questions, and one whose lowest level has no level below.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runLadder } from '../../src/cli/ladder.ts';
import { fold, readPage } from '../support/built-pages.ts';
import { SCORECARD_BLOCK } from '../support/page-parts.ts';
import { rawContent } from '../support/raw-content.ts';
import { runInProcess } from '../support/run-in-process.ts';
import { SITES } from '../support/sites.ts';

const site = SITES.framework;
const content = rawContent(site.contentDir);
const kitOf = (roleId: string) => JSON.parse(runInProcess(runLadder, ['hiring', roleId, '--format', 'json', '--content', site.contentDir]).stdout);
const words = (html: Element | null | undefined) => fold(html?.textContent);

describe('the hiring pages', () => {
	test('every role hired for has a hiring page, a scorecard and a kit, linked from its page; a role with hiring: false has none', () => {
		for (const role of content.roles) {
			const hired = role.id !== 'manager-level-5';
			for (const path of [`roles/${role.id}/hiring/index.html`, `roles/${role.id}/scorecard/index.html`, `roles/${role.id}/interview-kit.md`]) expect(existsSync(join(site.dist, path)), path).toBe(hired);
			const link = readPage(site.dist, `/roles/${role.id}/`).querySelector(`.role-facts a[href="/roles/${role.id}/hiring/"]`);
			expect(words(link), role.id).toBe(hired ? 'Hiring for this role' : '');
		}
	});

	test('the plan fits its minutes, the ladder’s or the role’s own, and says how many it uses', () => {
		for (const [roleId, minutes, perCompetency] of [['backend-level-3', 45, 2], ['backend-level-4', 30, 1]] as const) {
			const kit = kitOf(roleId);
			const used = kit.plan.questions.reduce((sum: number, q: { minutes: number }) => sum + q.minutes, 0);
			expect([kit.plan.minutes, kit.plan.perCompetency]).toEqual([minutes, perCompetency]);
			expect(used).toBe(kit.plan.used);
			expect(used).toBeLessThanOrEqual(minutes);
			expect(words(readPage(site.dist, `/roles/${roleId}/hiring/`).querySelector('.plan-minutes'))).toContain(`in ${used} of ${minutes} minutes`);
			for (const competency of new Set(kit.plan.questions.map((q: { competency: string }) => q.competency))) {
				expect(kit.plan.questions.filter((q: { competency: string; below: boolean }) => q.competency === competency && !q.below).length).toBeLessThanOrEqual(perCompetency);
			}
		}
	});

	test('the plan asks at the role’s level and one from the level below, and names what it cannot cover', () => {
		const page = readPage(site.dist, '/roles/backend-level-3/hiring/');
		const asked = (id: string) => [...page.querySelectorAll(`section[aria-labelledby="plan-${id}"] .plan-questions > li > p:first-child`)].map(words);
		expect(asked('apis')).toEqual([
			'Design an endpoint that lets another team cancel an order. (15 min)',
			'How do you version an API that other teams depend on? (10 min)',
			'Walk me through an API you changed without breaking the services that call it. (10 min, from Level 2, the level below)',
		]);
		expect(page.querySelector('#question-design-cancel-endpoint strong')?.textContent).toBe('cancel an order');
		// Level 2 is the lowest level data modelling describes: a level-2 role is asked nothing from below.
		expect(kitOf('backend-level-2').plan.questions.filter((q: { competency: string }) => q.competency === 'data-modelling')).toMatchObject([{ level: 'level-2', below: false }]);
		const notCovered = [...page.querySelectorAll('.plan-not-covered li')].map(words);
		expect(notCovered).toEqual(['Communication at Level 3: the ladder has no question for it at this level or below.', 'Influence at Level 3: the ladder has no question for it at this level or below.']);
	});

	test('the job ad says what the role will do in the ladder’s words, and adds no years of experience', () => {
		const page = readPage(site.dist, '/roles/manager-level-4/hiring/');
		const duties = [...page.querySelectorAll('.job-ad-duties li')].map(words);
		const role = content.roles.find((one) => one.id === 'manager-level-4')!;
		expect(duties).toHaveLength(role.expectations.length);
		expect(words(page.querySelector('.job-ad'))).not.toMatch(/\byears?\b/i);
		const hiring = role.expectations.find((e) => e.competencyId === 'hiring')!;
		expect(duties.find((line) => line.startsWith('Hiring:'))).toBe(`Hiring: ${fold(hiring.note ?? levelText(hiring.competency!.levels[hiring.levelId]))}`);
	});

	test('the scorecard quotes each anchor from the ladder word for word: the level below, the role’s with its note, the level above', () => {
		const page = readPage(site.dist, '/roles/backend-level-3/scorecard/');
		const role = content.roles.find((one) => one.id === 'backend-level-3')!;
		const rows = [...page.querySelectorAll('.scorecard > section:not(.scorecard-overall)')];
		expect(rows.map((row) => words(row.querySelector('h2'))).sort()).toEqual(role.expectations.map((e) => fold(e.competency!.name)).sort());
		for (const expectation of role.expectations) {
			const row = rows.find((one) => words(one.querySelector('h2')) === fold(expectation.competency!.name))!;
			const described = content.ladder.levels.map((level) => level.id).filter((id) => id in expectation.competency!.levels);
			const at = described.indexOf(expectation.levelId);
			// A descriptor is a paragraph; criteria, an item each.
			const cell = (name: 'below' | 'meets' | 'exceeds') => {
				const anchor = SCORECARD_BLOCK.anchor(name);
				const items = [...row.querySelectorAll(`${anchor} li`)].map(words);
				return items.length > 0 ? items.join(' ') : words(row.querySelector(`${anchor} p:not(:first-child)`));
			};
			expect(cell('meets')).toBe(fold(levelText(expectation.competency!.levels[expectation.levelId])));
			expect(cell('below')).toBe(at > 0 ? fold(levelText(expectation.competency!.levels[described[at - 1]!])) : 'This is the lowest level the competency describes.');
			expect(cell('exceeds')).toBe(at < described.length - 1 ? fold(levelText(expectation.competency!.levels[described[at + 1]!])) : 'This is the highest level the competency describes.');
			expect([...row.querySelectorAll(`${SCORECARD_BLOCK.rating} > span`)].map(words)).toEqual(['Strong no', 'No', 'Yes', 'Strong yes']);
		}
		// The review's notes for the author are the dev server's, never a built page's.
		expect(readPage(site.dist, '/roles/backend-level-3/hiring/').querySelector('.hiring-findings')).toBeNull();
		// No control to fill in on screen: it is filled in with a pen.
		expect(page.querySelectorAll('main input, main select, main textarea, main button')).toHaveLength(0);
	});

	test('both pages name the release and the kit, and the download is the command’s Markdown, byte for byte', () => {
		const kit = kitOf('backend-level-3');
		for (const path of ['/roles/backend-level-3/hiring/', '/roles/backend-level-3/scorecard/']) {
			expect(words(readPage(site.dist, path).querySelector('.kit-version'))).toContain(`${kit.release}. Kit ${kit.kit}`);
		}
		expect(kit.kit).toMatch(/^[0-9a-f]{8}$/);
		const markdown = runInProcess(runLadder, ['hiring', 'backend-level-3', '--content', site.contentDir]).stdout;
		expect(readFileSync(join(site.dist, 'roles/backend-level-3/interview-kit.md'), 'utf8')).toBe(markdown);
		expect(markdown).toContain(`Kit ${kit.kit}.`);
		expect(runInProcess(runLadder, ['hiring', 'manager-level-5', '--content', site.contentDir]).status).toBe(1);
	});
});

/** A level as its words: a descriptor, or its criteria's texts, with Markdown as the page shows it. */
function levelText(level: unknown): string {
	const texts = typeof level === 'string' ? [level] : (level as (string | { text: string })[]).map((c) => (typeof c === 'string' ? c : c.text));
	return texts.map((text) => text.replace(/\*\*|`|\*/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')).join(' ');
}

describe('the shipped ladder’s question bank', () => {
	const example = SITES.example;

	test('every role’s plan asks about every competency it expects, within 60 minutes, with what a good answer shows', () => {
		for (const role of rawContent(example.contentDir).roles) {
			const kit = JSON.parse(runInProcess(runLadder, ['hiring', role.id, '--format', 'json', '--content', example.contentDir]).stdout);
			expect(kit.plan.notCovered, role.id).toEqual([]);
			expect(kit.plan.used, role.id).toBeLessThanOrEqual(60);
			expect(new Set(kit.plan.questions.map((q: { competency: string }) => q.competency)).size, role.id).toBe(role.expectations.length);
			expect(kit.plan.questions.every((q: { lookFor: string[] }) => q.lookFor.length > 0), role.id).toBe(true);
			const page = readPage(example.dist, `/roles/${role.id}/hiring/`);
			expect(page.querySelectorAll('.plan-competency'), role.id).toHaveLength(role.expectations.length);
			// The role's prose is part of the ad: its headings sit one level under the ad's.
			expect(page.querySelectorAll('.job-ad-body h2'), role.id).toHaveLength(0);
			expect(page.querySelectorAll('.job-ad-body h3').length, role.id).toBeGreaterThan(0);
			// The kit carries the same prose, its headings under the ad's too.
			const kitText = readFileSync(join(example.dist, `roles/${role.id}/interview-kit.md`), 'utf8');
			for (const heading of page.querySelectorAll('.job-ad-body h3')) expect(kitText, role.id).toContain(`### ${words(heading)}`);
		}
	});
});

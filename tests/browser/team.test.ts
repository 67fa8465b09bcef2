import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { newAssessment, type Assessment } from '../../src/assessment/document.ts';
import type { AssessmentData } from '../../src/assessment/items.ts';
import { axeViolations, openPage } from '../support/browser-page.ts';
import { SITES } from '../support/sites.ts';
import { useSite } from '../support/use-site.ts';

const site = useSite(SITES.framework);
const data = JSON.parse(readFileSync(join(SITES.framework.dist, 'assessment-data.json'), 'utf8')) as AssessmentData;

/** An assessment as a role page exports it, with the first `rated` items of the role rated. */
function assessment(name: string, role: string, rated: number, extra: Partial<Assessment> = {}): Assessment {
	const keys = Object.entries(data.roles[role]!.expects).flatMap(([competency, level]) => (data.competencies[competency]?.levels[level] ?? []).map((item) => item.key));
	const ratings = Object.fromEntries(keys.slice(0, rated).map((key) => [key, { rating: 'consistently' as const, text: 'x' }]));
	return { ...newAssessment(data.ladder, role, data.roles[role]!.next[0], data.release), name, ratings, ...extra };
}

/**
 * The page takes files once it has loaded the ladder and shown its controls, as a reader sees:
 * files set before that, right at `load`, went unread on a busy machine.
 */
const controlsShown = (page: Page) => page.locator('.team-controls:not([hidden])').waitFor();

const file = (name: string, content: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)) });

describe('the team view', () => {
	test('loads three people’s files in the browser, refuses a broken one and another ladder’s, and exports the table', async () => {
		const requests: string[] = [];
		const { page, errors } = await openPage(site.browser, `${site.url}/team/`, undefined, async (p) => p.on('request', (request) => requests.push(request.url())));
		await controlsShown(page);
		const maria = assessment('Maria', 'backend-level-3', 3, { reviewer: { name: 'Sam', ratings: {} } });
		maria.reviewer!.ratings = Object.fromEntries(Object.keys(maria.ratings).slice(0, 1).map((key) => [key, { rating: 'sometimes' as const, text: 'x' }]));

		await page.locator('#team-files').setInputFiles([
			file('maria.json', maria),
			file('ade.json', assessment('Ade', 'backend-level-2', 1)),
			file('kim.json', assessment('Kim', 'manager-level-4', 0)),
			file('broken.json', '{"format": "career-ladder-assessment", "ratings": '),
			file('other.json', { ...assessment('Lee', 'backend-level-2', 0), ladder: 'Another Ladder' }),
		]);
		await page.locator('.team-table tbody tr').nth(2).waitFor();

		const rows = await page.locator('.team-table tbody tr').evaluateAll((all) => all.map((row) => [...row.children].map((cell) => (cell as HTMLElement).innerText.trim())));
		expect(rows.map((row) => row[0]!.split('\n'))).toEqual([
			['Maria', `Level 3, backend → Level 4, backend, ${data.release}`],
			['Ade', `Level 2, backend → Level 3, backend, ${data.release}`],
			['Kim', `Level 4, manager → Level 5, manager, ${data.release}`],
		]);
		expect(rows[0]!.at(-2)).toBe('1 with Sam');
		expect(rows[1]!.at(-2)).toBe('—');
		expect(rows[2]!.at(-1)).toMatch(/^0 of \d+$/);
		// Each cell says in words how the person rated what their role expects there.
		const words = await page.locator('.team-table tbody tr').first().locator('td.team-cell .visually-hidden').allTextContents();
		expect(words.some((text) => /^.+: \d+ of \d+ consistently/.test(text))).toBe(true);
		expect(words.filter((text) => /consistently/.test(text)).reduce((sum, text) => sum + Number(/: (\d+) of/.exec(text)![1]), 0)).toBe(3);
		const refused = await page.locator('.team-refused li').allTextContents();
		expect(refused).toEqual([expect.stringMatching(/^Not loaded: broken\.json: /), 'Not loaded: other.json: it is an assessment of another ladder (“Another Ladder”), not of Framework Ladder']);
		expect(await axeViolations(page)).toEqual([]);

		const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as CSV' }).click()]);
		const csv = parse(readFileSync((await csvDownload.path())!, 'utf8')) as string[][];
		expect(new Set(csv.map((cells) => cells.length)).size).toBe(1);
		expect(new Set(csv.slice(1).map((cells) => cells[0]))).toEqual(new Set(['Maria', 'Ade', 'Kim']));
		const [markdownDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as Markdown' }).click()]);
		expect(readFileSync((await markdownDownload.path())!, 'utf8')).toContain('| Maria | Level 3, backend | Level 4, backend |');

		// Each row opens the person's whole assessment, read-only, on their role page.
		const open = page.locator('.team-table tbody tr').first().getByRole('link', { name: 'Maria' });
		await expect.poll(() => open.getAttribute('href')).toContain('#assessment=');
		await open.click();
		await page.locator('#assessment-heading').waitFor();
		expect(await page.locator('#assessment-heading').textContent()).toBe('Maria’s assessment, shared');
		expect(errors).toEqual([]);
		expect(requests.every((url) => url.startsWith(site.url))).toBe(true);
		await page.close();
	});

	test('keeps nothing unless asked; kept, the table is there after a reload, and a share link adds a person', async () => {
		const { page, errors } = await openPage(site.browser, `${site.url}/team/`);
		await controlsShown(page);
		await page.locator('#team-files').setInputFiles([file('ade.json', assessment('Ade', 'backend-level-2', 1))]);
		await page.locator('.team-table tbody tr').first().waitFor();
		await page.reload();
		await page.locator('.team-controls:not([hidden])').waitFor();
		expect(await page.locator('.team-table tbody tr').count()).toBe(0);
		expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key !== 'starlight-theme'))).toEqual([]);

		await page.locator('#team-files').setInputFiles([file('ade.json', assessment('Ade', 'backend-level-2', 1))]);
		await page.getByLabel(/Keep these assessments in this browser/).check();
		await page.reload();
		await page.locator('.team-table tbody tr').first().waitFor();
		expect(await page.locator('.team-table tbody th a').allTextContents()).toEqual(['Ade']);

		// A share link, as a role page makes it, adds its person.
		const shared = await page.evaluate(async (doc) => {
			const bytes = new Uint8Array(await new Response(new Blob([JSON.stringify(doc)]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
			return btoa(String.fromCharCode(...bytes)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
		}, assessment('Kim', 'manager-level-4', 2));
		await page.getByLabel(/share links/).fill(`${site.url}/roles/manager-level-4/#assessment=${shared}\nnot-a-link`);
		await page.getByRole('button', { name: 'Add the links' }).click();
		await page.locator('.team-table tbody tr').nth(1).waitFor();
		expect(await page.locator('.team-table tbody th a').allTextContents()).toEqual(['Ade', 'Kim']);
		expect(await page.locator('.team-refused li').allTextContents()).toEqual([expect.stringMatching(/^Not loaded: not-a-link: it is not a share link/)]);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('a batch with roles named like an object’s own functions and a name with a direction override loads the rest, refusing each by name', async () => {
		const { page, errors } = await openPage(site.browser, `${site.url}/team/`);
		await controlsShown(page);
		await page.locator('#team-files').setInputFiles([
			file('constructor.json', assessment('A', 'backend-level-2', 0, { role: 'constructor' })),
			file('ade.json', assessment('Ade', 'backend-level-2', 1)),
			file('tostring.json', assessment('B', 'backend-level-2', 0, { role: 'toString' })),
			file('own.json', assessment('C', 'backend-level-2', 0, { role: 'hasOwnProperty' })),
			file('bidi.json', assessment('Eve \u202Eesrever', 'backend-level-2', 0)),
			file('kim.json', assessment('Kim', 'manager-level-4', 0)),
		]);
		await page.locator('.team-table tbody tr').nth(1).waitFor();

		expect(await page.locator('.team-table tbody th a').allTextContents()).toEqual(['Ade', 'Kim']);
		expect(await page.locator('.team-refused li').allTextContents()).toEqual([
			'Not loaded: constructor.json: its role “constructor” is not a role of this ladder',
			'Not loaded: tostring.json: its role “toString” is not a role of this ladder',
			'Not loaded: own.json: its role “hasOwnProperty” is not a role of this ladder',
			expect.stringMatching(/^Not loaded: bidi\.json: .*at name: holds a line break or an invisible direction override/),
		]);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('says so when the browser has no room to keep the table, and keeps no part of it', async () => {
		const { page, errors } = await openPage(site.browser, `${site.url}/team/`, undefined, (p) =>
			p.addInitScript(() => {
				const setItem = Storage.prototype.setItem;
				Storage.prototype.setItem = function (key: string, value: string) {
					if (key.startsWith('career-ladder-team:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
					setItem.call(this, key, value);
				};
			}),
		);
		await controlsShown(page);
		await page.locator('#team-files').setInputFiles([file('ade.json', assessment('Ade', 'backend-level-2', 1))]);
		await page.locator('.team-table tbody tr').first().waitFor();
		// Clicked, not checked: the page unticks it again at once.
		await page.getByLabel(/Keep these assessments in this browser/).click();

		expect(await page.locator('.team-status').textContent()).toContain('This browser has no room to keep the table');
		expect(await page.getByLabel(/Keep these assessments in this browser/).isChecked()).toBe(false);
		expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('career-ladder-team:')))).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('ten people by sixty competencies fit the width at 1280 px with no word broken, and are a card each at 390 px', async () => {
		// A ladder of sixty competencies in six areas, ten roles: the assessment data the page fetches.
		const areas = Array.from({ length: 6 }, (_, a) => ({ id: `area-${a}`, name: ['Technical craft', 'System design and architecture', 'Collaboration and communication', 'People and leadership', 'Delivery', 'Operational excellence'][a]! }));
		const competencies = Object.fromEntries(
			Array.from({ length: 60 }, (_, c) => [`competency-${c}`, { name: `Competency number ${c + 1}`, area: `area-${c % 6}`, levels: { one: [{ key: `competency-${c}/one/a`, text: 'A.' }, { key: `competency-${c}/one/b`, text: 'B.' }] } }]),
		);
		const roles = Object.fromEntries(
			Array.from({ length: 10 }, (_, r) => [`role-${r}`, { title: `Role ${r}`, track: 'track', next: [], expects: Object.fromEntries(Object.keys(competencies).map((id) => [id, 'one'])) }]),
		);
		const big: AssessmentData = { ladder: data.ladder, words: data.words, release: data.release, levels: { one: 'One' }, scale: ['one'], areas, competencies, roles, roleOrder: Object.keys(roles), tracks: { track: 'Track' } };
		const people = Array.from({ length: 10 }, (_, p) => ({
			...newAssessment(data.ladder, `role-${p}`, undefined, data.release),
			name: `Person ${p + 1} with a long name`,
			ratings: Object.fromEntries(Object.keys(competencies).slice(0, 30 + p).map((id) => [`${id}/one/a`, { rating: 'consistently' as const, text: 'A.' }])),
		}));
		const open = async (width: number) => {
			const opened = await openPage(site.browser, `${site.url}/team/`, { width, height: 900 }, (p) => p.route('**/assessment-data.json', (route) => route.fulfill({ json: big })));
			await controlsShown(opened.page);
			await opened.page.locator('#team-files').setInputFiles(people.map((person, p) => file(`${p}.json`, person)));
			await opened.page.locator('.team-table tbody tr').nth(9).waitFor({ state: 'attached' });
			return opened;
		};
		/** Words of the grid's cells and headers that a line break cuts in two. */
		const brokenWords = (page: Page) =>
			page.locator('.team-table').evaluate((table) => {
				const broken: string[] = [];
				const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					if ((node.parentElement as HTMLElement).closest('.visually-hidden')) continue;
					for (const match of node.textContent!.matchAll(/\S+/g)) {
						const range = document.createRange();
						range.setStart(node, match.index);
						range.setEnd(node, match.index + match[0].length);
						if (range.getClientRects().length > 1) broken.push(match[0]);
					}
				}
				return broken;
			});

		const wide = await open(1280);
		await wide.page.getByLabel('Competencies').check();
		const grid = await wide.page.locator('.team-region').evaluate((region) => ({ shown: region.clientWidth, needed: region.scrollWidth, columns: region.querySelectorAll('thead .team-column').length }));
		expect(grid.columns).toBe(60);
		expect(grid.needed).toBeLessThanOrEqual(grid.shown);
		expect(await brokenWords(wide.page)).toEqual([]);
		await wide.page.getByLabel('Areas').check();
		expect(await wide.page.locator('thead .team-column').allTextContents()).toEqual(areas.map((area) => area.name));
		expect(await brokenWords(wide.page)).toEqual([]);
		expect(await axeViolations(wide.page)).toEqual([]);
		expect(wide.errors).toEqual([]);
		await wide.page.close();

		const phone = await open(390);
		expect(await phone.page.locator('.team-region').isVisible()).toBe(false);
		expect(await phone.page.locator('.team-card').count()).toBe(10);
		expect(await phone.page.locator('.team-card').first().locator('.team-card-areas li').count()).toBe(6);
		expect(await phone.page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
		expect(await axeViolations(phone.page)).toEqual([]);
		await phone.page.close();
	});
});

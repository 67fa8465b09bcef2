import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { AssessmentData } from '../../src/assessment/items.ts';
import { astroBuild } from '../support/astro-build.ts';
import { axeViolations, openPage } from '../support/browser-page.ts';
import { EXPECTATION } from '../support/page-parts.ts';
import { serveSite } from '../support/serve.ts';
import { SITES } from '../support/sites.ts';
import { useSite } from '../support/use-site.ts';

const site = useSite(SITES.framework);
const ROLE = '/roles/backend-level-3/';

/** Opens the assessment on a role page; every request the page makes is recorded. */
async function openAssessment(url: string, viewport?: { width: number; height: number }) {
	const requests: string[] = [];
	const opened = await openPage(site.browser, url, viewport, async (page) => page.on('request', (request) => requests.push(request.url())));
	await opened.page.getByRole('button', { name: /Assess/ }).click();
	await opened.page.locator('#assessment-heading').waitFor();
	return { ...opened, requests };
}

/** The radio group of the item whose legend starts with `text`. */
const item = (page: Page, text: string) => page.locator('#assessment-items + * fieldset, #assessment-items ~ fieldset, section[aria-labelledby="assessment-items"] fieldset').filter({ has: page.locator(`legend:text-is("${text}")`) });

async function rate(page: Page, text: string, rating: string, evidence?: string) {
	const group = item(page, text);
	await group.getByRole('radio', { name: rating }).check();
	if (evidence) await group.getByRole('textbox').fill(evidence);
}

async function ratingsShown(page: Page): Promise<Record<string, string>> {
	return page.evaluate(() =>
		Object.fromEntries(
			[...document.querySelectorAll<HTMLFieldSetElement>('section[aria-labelledby="assessment-items"] fieldset')].flatMap((fieldset) => {
				const checked = fieldset.querySelector<HTMLInputElement>('input:checked');
				const text = fieldset.querySelector('.assessment-other')?.textContent;
				const shown = checked?.value ?? text;
				return shown ? [[fieldset.dataset['key'], shown]] : [];
			}),
		),
	);
}

/**
 * Clicks a button that saves a file, and returns the download. The button is clicked once it has
 * stopped moving: rating an item redraws the standing above it, and items scrolled past lay
 * themselves out (content-visibility), so on a loaded machine a click aimed at the button could land
 * where it had been (one download in a full run never came, a different test each time).
 */
async function downloadFrom(page: Page, name: string) {
	const button = page.getByRole('button', { name });
	await button.scrollIntoViewIfNeeded();
	let last = '';
	for (let still = 0; still < 3; ) {
		const box = JSON.stringify(await button.boundingBox());
		still = box === last ? still + 1 : 0;
		last = box;
		await page.waitForTimeout(50);
	}
	const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
	return download;
}

async function shareLink(page: Page): Promise<string> {
	// Made shortly after the last change; busy until then, so an earlier link is not taken for it.
	const link = page.locator('#assessment-link:not([aria-busy])');
	await expect.poll(() => link.inputValue()).toContain('#assessment=');
	return link.inputValue();
}

describe('the self-assessment', () => {
	test('turns each criterion into a labelled group of native radio inputs, and is not there without JavaScript', async () => {
		const noScript = await site.browser.newPage({ javaScriptEnabled: false });
		await noScript.goto(`${site.url}${ROLE}`);
		expect(await noScript.getByRole('button', { name: /Assess/ }).isVisible()).toBe(false);
		await noScript.close();

		const { page, errors } = await openAssessment(`${site.url}${ROLE}`);
		const groups = page.locator('section[aria-labelledby="assessment-items"] fieldset');
		const anchors = await page.locator('article.expectation ul.criteria > li').count();
		const singles = await page.locator('article.expectation').locator(`${EXPECTATION.words}:not(:has(ul.criteria))`).count();

		expect(await groups.count()).toBe(anchors + singles);
		const decisions = item(page, 'Writes decision records that a newcomer can follow.');
		expect(await page.getByRole('group', { name: 'Writes decision records that a newcomer can follow.' }).count()).toBe(1);
		expect(await decisions.getByRole('radio').count()).toBe(4);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('rate, reload: still rated, and the page asked for nothing but the site’s own files', async () => {
		const { page, requests, errors } = await openAssessment(`${site.url}${ROLE}`);
		await rate(page, 'Writes decision records that a newcomer can follow.', 'Consistently', 'Wrote the record for the queue migration.');
		// The note first, then the rating: the note is kept with it.
		const meeting = item(page, 'Runs a meeting with an agenda and written outcomes.');
		await meeting.getByRole('textbox').fill('I do not run meetings yet, because my team has a lead who does.');
		await meeting.getByRole('radio', { name: 'Not applicable' }).check();
		await expect.poll(() => page.locator('.assessment-status').textContent()).toContain('2 ratings');

		await page.reload();
		await page.getByRole('button', { name: /Assess/ }).click();
		await page.locator('#assessment-heading').waitFor();

		expect(await ratingsShown(page)).toEqual({
			'communication/level-3/writes-decision-records': 'consistently',
			'communication/level-3/communication-level-3-runs-a-meeting-with-an-agenda': 'not-applicable',
		});
		expect(await item(page, 'Writes decision records that a newcomer can follow.').getByRole('textbox').inputValue()).toBe('Wrote the record for the queue migration.');
		expect(await item(page, 'Runs a meeting with an agenda and written outcomes.').getByRole('textbox').inputValue()).toBe(
			'I do not run meetings yet, because my team has a lead who does.',
		);
		expect(requests.filter((url) => !url.startsWith(site.url))).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('a share link opens, in a fresh browser profile, the same ratings read-only, and can be imported', async () => {
		const owner = await openAssessment(`${site.url}${ROLE}`);
		await rate(owner.page, 'Leads a small piece of work that others contribute to.', 'Sometimes', 'The search rewrite, with <b>two</b> others.');
		await rate(owner.page, 'Builds a design document before building a new service.'.replace('Builds', 'Writes'), 'Not yet');
		const link = await shareLink(owner.page);
		const own = await ratingsShown(owner.page);
		await owner.page.close();

		const requestsSeen: string[] = [];
		const { page, errors } = await openPage(site.browser, link, undefined, async (p) => p.on('request', (r) => requestsSeen.push(r.url())));
		await page.locator('#assessment-heading').waitFor();
		expect(await page.locator('#assessment-heading').textContent()).toBe('The assessee’s assessment, shared');
		expect(await page.locator('section[aria-labelledby="assessment-items"] input[type="radio"]').count()).toBe(0);
		const evidence = page.locator('fieldset:has(legend:text-is("Leads a small piece of work that others contribute to.")) .assessment-other');
		expect(await evidence.textContent()).toBe('Assessee: Sometimes: The search rewrite, with <b>two</b> others.');

		await page.getByRole('button', { name: 'Import into my assessment' }).click();
		await page.locator('#assessment-heading:text-is("Your assessment")').waitFor();
		expect(await ratingsShown(page)).toEqual(own);
		expect(new URL(page.url()).hash).toBe('');
		expect(requestsSeen.filter((url) => !url.startsWith(site.url))).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('Copy, pressed right after a change, copies a link that holds it', async () => {
		const owner = await openAssessment(`${site.url}${ROLE}`);
		await owner.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
		// The link of the empty assessment is made first; the rating then makes it stale until it is made again.
		await shareLink(owner.page);
		// The rating and the press in one task of the page: on a busy machine, the link's timer could
		// otherwise fire between two steps of the test, and Copy would not be pressed "right after".
		const busyWhenPressed = await owner.page.evaluate(() => {
			const fieldset = [...document.querySelectorAll('section[aria-labelledby="assessment-items"] fieldset')].find(
				(each) => each.querySelector('legend')?.textContent === 'Leads a small piece of work that others contribute to.',
			)!;
			fieldset.querySelector<HTMLInputElement>('input[value="sometimes"]')!.click();
			const busy = document.querySelector('#assessment-link')!.getAttribute('aria-busy');
			[...document.querySelectorAll('button')].find((button) => button.textContent === 'Copy link')!.click();
			return busy;
		});
		expect(busyWhenPressed).toBe('true');
		await expect.poll(() => owner.page.locator('.assessment-status').textContent()).toBe('Link copied.');
		const copied: string = await owner.page.evaluate(() => navigator.clipboard.readText());
		await owner.page.close();

		const { page } = await openPage(site.browser, copied);
		await page.locator('#assessment-heading').waitFor();
		const shown = page.locator('fieldset:has(legend:text-is("Leads a small piece of work that others contribute to.")) .assessment-other');
		expect(await shown.textContent()).toBe('Assessee: Sometimes');
		await page.close();
	});

	test('a second assessor adds their ratings to a shared link; the link back shows both, differences first', async () => {
		const owner = await openAssessment(`${site.url}${ROLE}`);
		await rate(owner.page, 'Leads a small piece of work that others contribute to.', 'Consistently');
		await rate(owner.page, 'Breaks the work into pieces others can pick up.', 'Sometimes');
		const link = await shareLink(owner.page);

		const { page: manager } = await openPage(site.browser, link);
		await manager.getByRole('button', { name: 'Add my ratings as a second assessor' }).click();
		await manager.getByLabel('Your name, shown beside your ratings').fill('Sam (manager)');
		const managerItem = (text: string) => manager.locator('section[aria-labelledby="assessment-items"] fieldset').filter({ has: manager.locator(`legend:text-is("${text}")`) });
		await managerItem('Leads a small piece of work that others contribute to.').getByRole('radio', { name: 'Sometimes' }).check();
		await managerItem('Leads a small piece of work that others contribute to.').getByRole('textbox').fill('Led it, but the plan came from me.');
		await managerItem('Breaks the work into pieces others can pick up.').getByRole('radio', { name: 'Sometimes' }).check();
		const back = await shareLinkChanged(manager, link);
		await manager.close();

		await owner.page.goto(back);
		await owner.page.locator('#assessment-differ').waitFor();
		const differ = owner.page.locator('section[aria-labelledby="assessment-differ"] fieldset');
		expect(await owner.page.locator('#assessment-differ').textContent()).toBe('Where Sam (manager) and the assessee differ (1)');
		expect(await differ.locator('legend').allTextContents()).toEqual(['Leads a small piece of work that others contribute to.']);
		expect(await differ.locator('.assessment-other').allTextContents()).toEqual([
			'Assessee: Consistently',
			'Sam (manager): Sometimes: Led it, but the plan came from me.',
		]);
		// The differences come before the full list.
		const order = await owner.page.locator('section h3').allTextContents();
		expect(order.findIndex((h) => h.startsWith('Where Sam'))).toBeLessThan(order.findIndex((h) => h.startsWith('What a')));
		await owner.page.close();
	});

	test('export JSON → import round trip; foreign or broken JSON is refused and nothing is lost', async () => {
		const { page, errors } = await openAssessment(`${site.url}${ROLE}`);
		await rate(page, 'Leads a small piece of work that others contribute to.', 'Consistently', 'Evidence.');
		const download = await downloadFrom(page, 'Download as JSON');
		const exported = readFileSync((await download.path())!, 'utf8');
		const schema = JSON.parse(readFileSync(join(SITES.framework.dist, 'assessment.schema.json'), 'utf8'));
		expect(new Ajv2020({ strict: false }).compile(schema)(JSON.parse(exported))).toBe(true);
		const before = await ratingsShown(page);

		const dir = mkdtempSync(join(tmpdir(), 'assessment-'));
		const files = {
			foreign: JSON.stringify({ hello: 'world' }),
			broken: '{"format": "career-ladder-assessment", "version": 1, "ratings": ',
			otherRole: exported.replace('"role": "backend-level-3"', '"role": "backend-level-4"'),
			exported,
		};
		const messages: Record<string, string | null> = {};
		// Each file's message replaces the one before it, the first the rating's "Saved" (waiting for a
		// change from '' passed at once on a busy machine, and read the "Saved" as the first file's).
		let last = await page.locator('.assessment-status').textContent();
		for (const [name, text] of Object.entries(files)) {
			writeFileSync(join(dir, `${name}.json`), text);
			await page.locator('#assessment-import').setInputFiles(join(dir, `${name}.json`));
			if (name === 'exported') {
				// The question sits right after the file input that asked it, not at the foot of the panel.
				expect(await page.locator('#assessment-import + .assessment-confirm [role="alert"]').textContent()).toMatch(/^This replaces your assessment of this role/);
				await page.getByRole('button', { name: 'Replace my assessment' }).click();
			}
			await expect.poll(() => page.locator('.assessment-status').textContent()).not.toBe(last);
			messages[name] = last = await page.locator('.assessment-status').textContent();
			expect(await ratingsShown(page), name).toEqual(before);
		}
		rmSync(dir, { recursive: true });

		expect(messages['foreign']).toContain('not an assessment exported from this site');
		expect(messages['broken']).toContain('not a JSON file');
		expect(messages['otherRole']).toContain('Level 4, backend');
		expect(messages['exported']).toBe('Imported into your assessment.');
		expect(errors).toEqual([]);
		await page.close();
	});

	test('targets the next role by default and lists what it expects beyond this one, ratable', async () => {
		const { page } = await openAssessment(`${site.url}${ROLE}`);
		const target = page.getByLabel(/Target role/);
		expect(await target.inputValue()).toBe('backend-level-4');
		const gap = page.locator('section[aria-labelledby="assessment-gap"]');
		expect(await page.locator('#assessment-gap').textContent()).toMatch(/^Your gap to Level 4, backend/);
		expect(await gap.locator('legend').allTextContents()).toContain('Versions APIs and retires old versions on a published timeline.');
		expect(await gap.locator('legend').allTextContents()).not.toContain('Writes decision records that a newcomer can follow.');

		await target.selectOption('manager-level-4');
		await page.locator('#assessment-gap:has-text("Level 4, manager")').waitFor();
		expect(await page.locator('section[aria-labelledby="assessment-gap"] legend').allTextContents()).toContain('Holds a one-to-one with each report every week or two.');
		await page.close();
	});

	test('open and filled in: keyboard only, no axe violation, on a 375 px phone; prints as the pack', async () => {
		const { page } = await openAssessment(`${site.url}${ROLE}`, { width: 375, height: 800 });
		const first = page.locator('section[aria-labelledby="assessment-items"] input[type="radio"]').first();
		await first.focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Tab');
		await page.keyboard.type('Typed with the keyboard.');
		await expect.poll(() => page.locator('.assessment-status').textContent()).toContain('1 rating');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
		expect(await axeViolations(page)).toEqual([]);

		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.role-body').isVisible()).toBe(false);
		expect(await page.locator('#assessment-heading').isVisible()).toBe(true);
		expect(await page.locator('section[aria-labelledby="assessment-items"] fieldset').first().locator('label:visible').first().textContent()).toBe(' Sometimes');
		await page.close();
	});

	test("the promotion pack links back to the role and the release, counts per area, and keeps the ladder's links", async () => {
		const { page, errors, requests } = await openAssessment(`${site.url}/roles/backend-level-2/`);
		await rate(page, 'Writes clear updates on their own work, in README files and the team wiki.', 'Consistently', 'Weekly <b>notes</b>.');
		await page.locator('#assessment-target').selectOption('backend-level-3');
		await page.locator('#assessment-gap:has-text("Level 3, backend")').waitFor();
		const download = await downloadFrom(page, 'Download the promotion pack (Markdown)');
		const pack = readFileSync((await download.path())!, 'utf8');
		const release = (JSON.parse(readFileSync(join(SITES.framework.dist, 'assessment-data.json'), 'utf8')) as AssessmentData).release;

		expect(pack).toContain(`- Role: [Level 2, backend](${site.url}/roles/backend-level-2/)`);
		expect(pack).toContain(release === 'unreleased' ? '- Rated against: the unreleased ladder' : `- Rated against: [release ${release}](${site.url}/changes/#${release})`);
		expect(pack).toMatch(/\| Area \| Items \| Not yet \| Sometimes \| Consistently \| Not applicable \| Not rated \|\n\| - \| -: \|/);
		// The descriptor's Markdown, its link kept; what the reader typed, escaped.
		expect(pack).toContain('- Writes **clear** updates on their own work, in `README` files and [the team wiki](https://wiki.example.org).\n  - Rating: **Consistently**\n  - Evidence: Weekly \\<b>notes\\</b>.');
		expect(pack).toContain(`- Target: [Level 3, backend](${site.url}/roles/backend-level-3/)`);
		expect(pack).toMatch(/\n\| Gap to Level 3, backend \| \d+ \|/);
		// A criterion with raw HTML is plain, escaped text in the pack: a Markdown viewer shows it, never runs it.
		expect(pack).toContain('- Writes \\<script>alert("criterion")\\</script> in a criterion: it shows as text.');
		expect(pack).not.toMatch(/(?<!\\)<(script|img|b)\b/);
		expect(errors).toEqual([]);
		expect(requests.every((url) => url.startsWith(site.url))).toBe(true);
		await page.close();
	});

	test('prints portrait on A4 and Letter, at most a page per ten items plus one, with who and what at the head and no controls, help or empty fields', async () => {
		const { page, errors } = await openAssessment(`${site.url}${ROLE}`);
		await page.getByLabel(/Your name/).fill('Maria Lopez');
		await page.getByLabel(/Your name/).press('Tab');
		await rate(page, 'Leads a small piece of work that others contribute to.', 'Consistently', 'Led the queue migration.');
		await rate(page, 'Runs a meeting with an agenda and written outcomes.', 'Sometimes');
		const items = await page.locator('section[aria-labelledby^="assessment-"] fieldset').count();
		await page.emulateMedia({ media: 'print' });

		expect(await page.locator('.assessment-print-header').textContent()).toMatch(/^Maria Lopez · Level 3, backend · target: Level 4, backend · rated against (release \S+|the unreleased ladder) · \d{4}-\d\d-\d\d$/);
		for (const hidden of ['.assessment-help', '.assessment-target', '.assessment-name', '.assessment-where figure', '#assessment-link', 'button']) {
			expect(await page.locator(`role-assessment ${hidden}`).evaluateAll((all) => all.filter((element) => element.checkVisibility()).length), hidden).toBe(0);
		}
		// An empty note does not print; a written one does, and an unrated item says so.
		const printed = (text: string) => item(page, text).evaluate((fieldset) => (fieldset as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
		const noteShown = (text: string) => item(page, text).locator('textarea').evaluate((note) => note.checkVisibility());
		expect(await printed('Leads a small piece of work that others contribute to.')).toBe('Leads a small piece of work that others contribute to. Consistently');
		expect(await noteShown('Leads a small piece of work that others contribute to.')).toBe(true);
		expect(await printed('Runs a meeting with an agenda and written outcomes.')).toBe('Runs a meeting with an agenda and written outcomes. Sometimes');
		expect(await noteShown('Runs a meeting with an agenda and written outcomes.')).toBe(false);
		expect(await item(page, 'Breaks the work into pieces others can pick up.').locator('.assessment-choices').evaluate((choices) => getComputedStyle(choices, '::before').content)).toBe('"Not rated"');

		for (const format of ['A4', 'Letter'] as const) {
			const pdf = await page.pdf({ format, preferCSSPageSize: true });
			const text = pdf.toString('latin1');
			const pages = text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
			const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text);
			expect(pages, `${format}: ${pages} pages for ${items} items`).toBeLessThanOrEqual(Math.ceil(items / 10) + 1);
			expect(Number(box?.[1]), format).toBeLessThan(Number(box?.[2]));
		}
		expect(errors).toEqual([]);
		await page.close();
	});

	test('a cycle saved, then ratings changed and compared with it: what moved up, down and was rated since; cycles travel in the file and stay after a reload', async () => {
		const { page, errors, requests } = await openAssessment(`${site.url}${ROLE}`);
		await rate(page, 'Leads a small piece of work that others contribute to.', 'Sometimes');
		await rate(page, 'Runs a meeting with an agenda and written outcomes.', 'Consistently');
		await page.getByLabel('Name this cycle').fill('2026 H1 review');
		await page.getByRole('button', { name: 'Save as this cycle' }).click();
		await rate(page, 'Leads a small piece of work that others contribute to.', 'Consistently');
		await rate(page, 'Runs a meeting with an agenda and written outcomes.', 'Not yet');
		await rate(page, 'Breaks the work into pieces others can pick up.', 'Sometimes');

		await page.getByLabel('Compare with').selectOption({ index: 1 });

		expect(await page.locator('.assessment-since').textContent()).toBe('Since 2026 H1 review: 1 moved up, 1 moved down, 1 rated since, 0 to or from not applicable.');
		const moved = async (heading: string) => page.locator('.assessment-cycles h4', { hasText: heading }).locator('+ ul li').allTextContents();
		expect(await moved('Moved up')).toEqual(['Leads a small piece of work that others contribute to. Sometimes → Consistently']);
		expect(await moved('Moved down')).toEqual(['Runs a meeting with an agenda and written outcomes. Consistently → Not yet']);
		expect(await moved('Rated since')).toEqual(['Breaks the work into pieces others can pick up. not rated → Sometimes']);
		expect(await axeViolations(page)).toEqual([]);

		const download = await downloadFrom(page, 'Download as JSON');
		const saved = JSON.parse(readFileSync((await download.path())!, 'utf8'));
		const schema = JSON.parse(readFileSync(join(SITES.framework.dist, 'assessment.schema.json'), 'utf8'));
		expect(new Ajv2020({ strict: false }).compile(schema)(saved)).toBe(true);
		expect(saved.version).toBe(3);
		expect(saved.history).toEqual([{ name: '2026 H1 review', saved: expect.any(String), release: expect.any(String), ratings: expect.any(Object) }]);
		expect(Object.values(saved.history[0].ratings).map((rating) => (rating as { rating: string }).rating).sort()).toEqual(['consistently', 'sometimes']);

		await page.reload();
		await page.getByRole('button', { name: /Assess/ }).click();
		await page.locator('#assessment-compare').waitFor();
		expect(await page.getByLabel('Compare with').locator('option').allTextContents()).toEqual(['Choose a saved cycle', expect.stringMatching(/^2026 H1 review \(\d{4}-\d\d-\d\d\)$/)]);
		expect(errors).toEqual([]);
		expect(requests.every((url) => url.startsWith(site.url))).toBe(true);
		await page.close();
	});

	test('a rating whose criterion was reworded after a rebuild is kept and flagged, never moved', async () => {
		const { page } = await openAssessment(`${site.url}${ROLE}`);
		await rate(page, 'Writes decision records that a newcomer can follow.', 'Consistently', 'The queue migration.');
		await rate(page, 'Runs a meeting with an agenda and written outcomes.', 'Sometimes');
		const download = await downloadFrom(page, 'Download as JSON');
		const saved = readFileSync((await download.path())!, 'utf8');
		await page.close();

		// The same ladder, the next cycle: one criterion with a written id reworded, one without an id reworded.
		const work = mkdtempSync(join(tmpdir(), 'assessment-edit-'));
		const content = join(work, 'content');
		cpSync(SITES.framework.contentDir, content, { recursive: true });
		const area = join(content, 'competencies', 'shared-behaviours.yaml');
		writeFileSync(
			area,
			readFileSync(area, 'utf8')
				.replace('Writes decision records that a newcomer can follow.', 'Writes decision records that a newcomer can follow, with the options turned down.')
				.replace('Runs a meeting with an agenda and written outcomes.', 'Chairs a meeting with an agenda, and sends the outcomes.'),
		);
		const edited = { contentDir: content, dist: join(work, 'dist'), cacheDir: join(work, 'cache') };
		const built = await astroBuild(edited);
		expect(built.status, built.output).toBe(0);
		const server = await serveSite(edited.dist);
		try {
			const { page: next } = await openPage(site.browser, `${server.url}${ROLE}`, undefined, (p) =>
				// Kept under the key of the version before base paths: the panel moves it to the new key and reads it.
				p.addInitScript((text) => localStorage.setItem('career-ladder:assessment:Framework Ladder:backend-level-3', text), saved),
			);
			await next.getByRole('button', { name: /Assess/ }).click();
			await next.locator('#assessment-heading').waitFor();
			const decisions = next.locator('fieldset').filter({ has: next.locator('legend:text-is("Writes decision records that a newcomer can follow, with the options turned down.")') });

			expect(await decisions.locator('.assessment-flag').textContent()).toBe('This expectation changed since it was rated. It read: “Writes decision records that a newcomer can follow.”');
			expect(await decisions.getByRole('radio', { name: 'Consistently' }).isChecked()).toBe(true);
			// Reworded without an id, the criterion is a new item: its old rating is kept apart, not moved onto it.
			const meeting = next.locator('fieldset').filter({ has: next.locator('legend:text-is("Chairs a meeting with an agenda, and sends the outcomes.")') });
			expect(await meeting.locator('input:checked').count()).toBe(0);
			expect(await next.locator('section[aria-labelledby="assessment-gone"] li').allTextContents()).toEqual(['“Runs a meeting with an agenda and written outcomes.”: Sometimes']);
			await next.close();
		} finally {
			await server.close();
			rmSync(work, { recursive: true, force: true });
		}
	});
	test('with 10,000 criteria in one level, the panel makes only the items near the screen, and a click costs what it costs on a small role', async () => {
		/** The role page with `extra` criteria added to its first expectation; what the open panel made, and what one click changes. */
		async function panelWith(extra: number) {
			const { page, errors } = await openPage(site.browser, `${site.url}${ROLE}`, undefined, (page) =>
				page.route('**/assessment-data.json', async (route) => {
					const response = await route.fetch();
					const data = (await response.json()) as AssessmentData;
					const [competencyId, levelId] = Object.entries(data.roles['backend-level-3']!.expects)[0]!;
					const level = data.competencies[competencyId]!.levels[levelId]!;
					for (let i = 0; i < extra; i++) level.push({ key: `${competencyId}/${levelId}/many-${i}`, text: `Added criterion ${i}.` });
					await route.fulfill({ response, json: data });
				}),
			);
			await page.getByRole('button', { name: /Assess/ }).click();
			await page.locator('#assessment-heading').waitFor();
			const made = await page.locator('.assessment-item').count();
			const changes = await page.evaluate(async () => {
				let count = 0;
				const observer = new MutationObserver((records) => {
					for (const record of records) count += record.addedNodes.length + record.removedNodes.length + (record.type === 'childList' ? 0 : 1);
				});
				observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
				document.querySelector<HTMLInputElement>('section[aria-labelledby="assessment-items"] input[type="radio"]')!.click();
				// Past the share link's update, made shortly after the change.
				await new Promise((resolve) => setTimeout(resolve, 500));
				observer.disconnect();
				return count;
			});
			return { page, errors, made, changes };
		}
		const small = await panelWith(0);
		const large = await panelWith(10_000);
		expect(large.made).toBeLessThan(400);
		expect(large.changes).toBe(small.changes);
		await small.page.close();

		// The items further down are made as they come near, and all of them when the page prints.
		await large.page.locator('section[aria-labelledby="assessment-items"] .assessment-run').nth(60).scrollIntoViewIfNeeded();
		await large.page.getByRole('group', { name: 'Added criterion 2400.' }).waitFor();
		await large.page.evaluate(() => dispatchEvent(new Event('beforeprint')));
		expect(await large.page.locator('section[aria-labelledby="assessment-items"] .assessment-item').count()).toBeGreaterThan(10_000);
		expect(large.errors).toEqual([]);
		await large.page.close();
	});
	test('the assessee’s name is kept with the assessment, and whoever opens the link reads it, never "your"', async () => {
		const owner = await openAssessment(`${site.url}${ROLE}`);
		await owner.page.locator('#assessment-name').fill('Maria');
		await owner.page.locator('#assessment-name').press('Tab');
		await rate(owner.page, 'Leads a small piece of work that others contribute to.', 'Sometimes');
		const link = await shareLink(owner.page);
		const download = await downloadFrom(owner.page, 'Download as JSON');
		const saved = JSON.parse(readFileSync((await download.path())!, 'utf8'));
		expect(saved).toMatchObject({ version: 3, name: 'Maria', release: 'unreleased' });
		await owner.page.close();

		const { page, errors } = await openPage(site.browser, link);
		await page.locator('#assessment-heading').waitFor();
		expect(await page.locator('#assessment-heading').textContent()).toBe('Maria’s assessment, shared');
		expect(await page.locator('#assessment-where').textContent()).toBe('Where Maria stands');
		expect(await page.locator('#assessment-gap').textContent()).toMatch(/^Maria’s gap to /);
		expect(await page.locator('section[aria-labelledby="assessment-items"] .assessment-other').first().textContent()).toMatch(/^Maria: /);
		expect(await page.locator('main').textContent()).not.toMatch(/Your gap|Your ratings/);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('an assessment made against an older release opens against this one, says which release it came from, and keeps its ratings by id', async () => {
		const data = JSON.parse(readFileSync(join(SITES.framework.dist, 'assessment-data.json'), 'utf8')) as AssessmentData;
		const key = data.competencies['communication']!.levels['level-3']!.find((item) => item.key.endsWith('/writes-decision-records'))!.key;
		const older = {
			format: 'career-ladder-assessment',
			version: 2,
			ladder: data.ladder,
			release: '2025-h2',
			name: 'Maria',
			role: 'backend-level-3',
			updated: '2025-12-01T10:00:00.000Z',
			ratings: { [key]: { rating: 'consistently', text: 'Writes decision records that a newcomer can follow.' } },
		};
		const { page: maker } = await openPage(site.browser, `${site.url}${ROLE}`);
		const encoded = await maker.evaluate(async (doc) => {
			const bytes = new Uint8Array(await new Response(new Blob([JSON.stringify(doc)]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
			return btoa(String.fromCharCode(...bytes)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
		}, older);
		await maker.close();

		const { page, errors } = await openPage(site.browser, `${site.url}${ROLE}#assessment=${encoded}`);
		await page.locator('#assessment-heading').waitFor();

		const now = data.release === 'unreleased' ? 'an unreleased version' : `release ${data.release}`;
		expect(await page.locator('.assessment-panel > .assessment-flag').textContent()).toBe(`This assessment was made against release 2025-h2 of the ladder; this page shows ${now}. Ratings stay with their items by id; any whose item changed or went are marked.`);
		expect((await ratingsShown(page))[key]).toBe('Maria: Consistently');
		expect(errors).toEqual([]);
		await page.close();
	});

	test('a version 1 assessment, exported before names and releases, still imports', async () => {
		const { page } = await openAssessment(`${site.url}${ROLE}`);
		const v1 = {
			format: 'career-ladder-assessment',
			version: 1,
			ladder: 'Framework Ladder',
			role: 'backend-level-3',
			updated: '2026-06-01T10:00:00.000Z',
			ratings: {},
		};
		await page.locator('#assessment-import').setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(v1)) });
		await expect.poll(() => page.locator('.assessment-status').textContent()).toContain('Imported into your assessment.');
		await page.close();
	});
});

/** Waits for the share link to differ from `before` (the assessor's ratings are in it), then returns it. */
async function shareLinkChanged(page: Page, before: string): Promise<string> {
	const link = page.locator('#assessment-link:not([aria-busy])');
	await expect.poll(async () => {
		const value = await link.inputValue();
		return value.includes('#assessment=') && value !== before;
	}).toBe(true);
	return link.inputValue();
}

/**
 * `npm run screenshots`: builds nothing; serves `dist/` (or the folder given) and saves the
 * README's screenshots of the built site to `docs/`.
 */
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/support/chromium.ts';
import { serveSite } from '../tests/support/serve.ts';
import { pickerShown } from '../tests/support/picker.ts';

const shots = [
	{ path: '/compare/?roles=lead-software-engineer,senior-technical-lead,senior-software-engineering-manager', file: 'docs/picker.png', width: 1280, height: 1100, act: (page: Page) => pickerShown(page) },
	{ path: '/compare/lead-software-engineer/senior-technical-lead/', file: 'docs/comparison.png', width: 1280, height: 1300 },
	{ path: '/matrix/', file: 'docs/matrix.png', width: 1280, height: 900 },
	{ path: '/matrix/', file: 'docs/matrix-phone.png', width: 375, height: 800 },
	{ path: '/roles/lead-software-engineer/', file: 'docs/role-page.png', width: 1280, height: 1400 },
	{ path: '/', file: 'docs/home-page.png', width: 1280, height: 1000 },
	{ path: '/tracks/individual-contributor/', file: 'docs/track-page.png', width: 1280, height: 1000 },
	{ path: '/roles/lead-software-engineer/#system-design', file: 'docs/role-page-phone.png', width: 375, height: 800 },
	{ path: '/roles/senior-software-engineer/', file: 'docs/assessment.png', width: 1280, height: 1500, act: assess },
	{ path: '/changes/#2026-h2', file: 'docs/changes.png', width: 1280, height: 1400 },
];

/** Opens the self-assessment and rates a few items, as a reader would, for its screenshot. */
async function assess(page: Page) {
	await page.getByRole('button', { name: /Assess/ }).click();
	const items = page.locator('section[aria-labelledby="assessment-items"] fieldset');
	await items.first().waitFor();
	const ratings = ['Consistently', 'Sometimes', 'Consistently', 'Not yet', 'Consistently', 'Sometimes'];
	for (const [index, rating] of ratings.entries()) await items.nth(index).getByRole('radio', { name: rating }).check();
	await items.first().getByRole('textbox').fill('Led the migration of the billing service to the new queue, with its runbook.');
	await page.locator('.assessment-where figure').evaluate((chart) => chart.scrollIntoView());
}

const site = await serveSite(process.argv[2] ?? 'dist');
const browser = await launchChromium();
try {
	for (const shot of shots) {
		const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
		await page.goto(site.url + shot.path);
		await shot.act?.(page);
		await page.screenshot({ path: shot.file });
		console.log(`saved ${shot.file}`);
		await page.close();
	}
} finally {
	await browser.close();
	await site.close();
}

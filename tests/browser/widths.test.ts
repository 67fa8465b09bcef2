/**
 * The page types of every test ladder that are laid out for their width, at a phone's width and a
 * desktop's: neither the page nor any box inside `<main>` is wider than its room (the matrices
 * aside, which scroll in their own region with their headers in view), and no chart draws a word
 * under 10 px. Pages a script draws on are read once it has drawn: the picker with four roles,
 * and a role page with its self-assessment open at a target role.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { pickerShown } from '../support/picker.ts';
import { openPage } from '../support/browser-page.ts';
import { rawContent } from '../support/raw-content.ts';
import { SITES } from '../support/sites.ts';
import { useSite } from '../support/use-site.ts';

const WIDTHS = [390, 1280];

describe.each([SITES.example, SITES.long, SITES.framework, SITES.hostile])('the $name ladder fits its room', (ladder) => {
	const site = useSite(ladder);
	const content = rawContent(ladder.contentDir);
	const [first, second] = content.roles;
	const trackId = first!.track;
	const comparison = first!.next?.[0] ?? second!.id;
	const pages = [
		'/',
		`/compare/?roles=${content.roles.slice(0, 4).map((role) => role.id).join(',')}`,
		`/roles/${first!.id}/#assess`,
		`/roles/${first!.id}/`,
		`/roles/${content.roles.at(-1)!.id}/`,
		`/tracks/${trackId}/`,
		`/compare/${first!.id}/${comparison}/`,
		`/competencies/${content.competencies[0]!.id}/`,
		`/competencies/${content.competencies.at(-1)!.id}/`,
		'/matrix/',
		`/matrix/${trackId}/`,
		'/changes/',
		'/search/?q=the',
	];

	// One tab per width that goes from page to page, as the axe pass does: a new tab per page starts a
	// renderer process each time. The assessment gets a tab of its own, since it is what a reader changes.
	const tabs = new Map<number, Page>();
	const tab = async (width: number, url: string) => {
		const page = tabs.get(width) ?? (await site.browser.newPage({ viewport: { width, height: 900 } }));
		tabs.set(width, page);
		await page.goto(url, { waitUntil: 'load' });
		return page;
	};
	afterAll(async () => {
		for (const page of tabs.values()) await page.close();
	});

	test.each(WIDTHS.flatMap((width) => pages.map((path) => [width, path] as const)))('at %i px, %s', async (width, path) => {
		const url = `${site.url}${path.replace('#assess', '')}`;
		const page = path.endsWith('#assess') ? (await openPage(site.browser, url, { width, height: 900 })).page : await tab(width, url);
		if (path.startsWith('/compare/?')) await pickerShown(page);
		if (path.endsWith('#assess')) {
			await page.getByRole('button', { name: /Assess/ }).click();
			await page.locator('#assessment-target').selectOption(content.roles.at(-1)!.id);
			await page.locator('#assessment-gap').waitFor();
		}
		// Laid out as a reader sees it: its fonts in, and two frames drawn since.
		await page.evaluate(() => document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))));
		const found = await page.evaluate((width) => {
			const main = document.querySelector('main')!;
			const room = main.querySelector('.sl-markdown-content') ?? main;
			const right = room.getBoundingClientRect().right + 1;
			const wide: string[] = [];
			for (const element of room.querySelectorAll<HTMLElement>('*')) {
				// A matrix scrolls in its region; what is inside the region may be wider. A chart's
				// drawing is clipped to its box, which is checked itself.
				if (element.closest('.matrix-region') || element.parentElement?.closest('svg')) continue;
				const box = element.getBoundingClientRect();
				if (box.width > 0 && box.right > right) {
					wide.push(`${element.tagName.toLowerCase()}.${[...element.classList].join('.')} ${Math.round(box.right - right)} px too wide: ${(element.textContent ?? '').trim().slice(0, 40)}`);
				}
			}
			const tiny: string[] = [];
			for (const text of document.querySelectorAll<SVGTextElement>('main svg text')) {
				const svg = text.ownerSVGElement!;
				const scale = svg.getScreenCTM()?.a ?? 1;
				const size = parseFloat(getComputedStyle(text).fontSize) * scale;
				if (text.getBoundingClientRect().width > 0 && size < 10) tiny.push(`"${text.textContent}" at ${size.toFixed(1)} px`);
			}
			// The site title, however long the ladder's name, is shown whole: wrapped, never cut.
			const title = document.querySelector<HTMLElement>('.site-title > span');
			const titleCut = title !== null && (title.scrollWidth > title.clientWidth + 1 || title.scrollHeight > title.clientHeight + 1) ? title.textContent!.trim() : '';
			// On a phone an item to rate reads as one block: its words inside the box, its controls below them.
			const crossed: string[] = [];
			if (width < 800) {
				for (const item of [...document.querySelectorAll<HTMLElement>('.assessment-item')].slice(0, 40)) {
					const legend = item.querySelector('legend')!.getBoundingClientRect();
					const choices = item.querySelector('.assessment-choices')?.getBoundingClientRect();
					if (legend.top < item.getBoundingClientRect().top + 1 || (choices && choices.top < legend.bottom - 1)) crossed.push((item.querySelector('legend')!.textContent ?? '').slice(0, 40));
				}
			}
			return { pageOverflow: document.documentElement.scrollWidth - window.innerWidth, wide: wide.slice(0, 5), tiny: tiny.slice(0, 5), titleCut, crossed: crossed.slice(0, 3) };
		}, width);

		expect(found).toEqual({ pageOverflow: 0, wide: [], tiny: [], titleCut: '', crossed: [] });
		if (path.endsWith('#assess')) await page.close();
	});
});

import type { Browser, Page } from 'playwright-core';
import { AXE_PATH } from './axe.ts';

/**
 * Opens a page, recording every console error, uncaught exception and dialog it raises, from the
 * first byte on: an alert() on this site is always an injected script.
 */
export async function openPage(
	browser: Browser,
	url: string,
	viewport = { width: 1280, height: 900 },
	/** Runs before the page loads, e.g. to add an init script. */
	prepare: (page: Page) => Promise<unknown> = async () => {},
) {
	const page = await browser.newPage({ viewport });
	await prepare(page);
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('dialog', async (dialog) => {
		errors.push(`dialog: ${dialog.message()}`);
		await dialog.dismiss();
	});
	const response = await page.goto(url, { waitUntil: 'load' });
	return { page, errors, status: response?.status() };
}

/** Runs axe-core on the page; returns its violations, one readable line each. */
export async function axeViolations(page: Page): Promise<string[]> {
	// From the test server, which every page here comes from (`serve.ts`): an inline script, or
	// one from elsewhere, the site's Content Security Policy rightly blocks.
	if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: AXE_PATH });
	const violations = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: () => Promise<AxeResults> } }).axe;
		return (await axe.run()).violations;
	});
	return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

interface AxeResults {
	violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

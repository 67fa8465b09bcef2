import type { Page } from 'playwright-core';

/**
 * Waits until the comparison picker has drawn a choice: the words of its levels are fetched, so
 * the comparison comes a moment after the page or the choice. With `ids`, waits for that choice.
 */
export async function pickerShown(page: Page, ids?: readonly string[]): Promise<void> {
	const shown = ids ? `[data-shown="${ids.join(',')}"]` : '[data-shown]';
	await page.locator(`.picker-output${shown}:not([aria-busy])`).waitFor({ state: 'attached' });
}

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.ts';
import { serveSite } from './serve.ts';
import { SITES } from './sites.ts';

/** Serves the built shipped ladder and opens Chromium for the test file that calls it. */
export function useShippedSite() {
	const context = { browser: undefined as unknown as Browser, url: '' };
	let close: (() => Promise<void>) | undefined;
	beforeAll(async () => {
		const [browser, site] = await Promise.all([launchChromium(), serveSite(SITES.shipped.dist)]);
		Object.assign(context, { browser, url: site.url });
		close = site.close;
	});
	afterAll(async () => {
		await context.browser?.close();
		await close?.();
	});
	return context;
}

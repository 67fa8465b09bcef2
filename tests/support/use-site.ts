import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.ts';
import { serveSite } from './serve.ts';
import type { Site } from './sites.ts';

/** Serves a built test site and opens Chromium for the test file that calls it. */
export function useSite(site: Site) {
	const context = { browser: undefined as unknown as Browser, url: '' };
	let close: (() => Promise<void>) | undefined;
	beforeAll(async () => {
		const [browser, server] = await Promise.all([launchChromium(), serveSite(site.dist)]);
		Object.assign(context, { browser, url: server.url });
		close = server.close;
	});
	afterAll(async () => {
		await context.browser?.close();
		await close?.();
	});
	return context;
}

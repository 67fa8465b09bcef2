import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium built as a headless browser only (`apt-get install chromium-headless-shell`). */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * Debian's Chromium; never a downloaded browser, which cannot be fetched here. Its headless shell
 * when it is installed: the same Chromium release, the same renderer and the same flags, without
 * the desktop browser's layers, which the tests never show. The browser tests took a third less
 * processor time in it (366 against 543 processor-seconds for `tests/browser`, 2026-12-07), and
 * they are most of the suite's. Else the desktop browser at `/usr/bin/chromium`.
 */
export const CHROMIUM_PATH = process.env['CHROME_PATH'] ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium');

/** Launches headless Chromium with the flags this machine needs (root, no network). */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
		],
	});
}

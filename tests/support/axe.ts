/**
 * axe-core for the browser tests, served by the test server (`serve.ts`) at a path no site has:
 * a page loads it as its own script, which the site's Content Security Policy allows ('self'), so
 * Chromium compiles its 500 KB once and reuses the code on every page after. Sent over the
 * debugging protocol instead, it was compiled afresh on every page axe reads (about 400).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const AXE_PATH = '/__tests__/axe.min.js';

export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

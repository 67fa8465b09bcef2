/**
 * Astro middleware: every page leaves the renderer with its Content Security Policy first in its
 * `<head>` (see `security/csp-first.ts` for why). Done here, as each page is rendered, rather than
 * by reading every built page back from disk and writing it again: at 200 roles that second pass
 * over 472 pages took about a second of a ten-second build.
 */
import { defineMiddleware } from 'astro:middleware';
import { policyFirst } from './security/csp-first.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	const html = await response.text();
	return new Response(policyFirst(html), response);
});

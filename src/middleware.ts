/**
 * Astro middleware: every page leaves the renderer with its Content Security Policy first in its
 * `<head>` (see `security/csp-first.ts` for why). Done here, as each page is rendered, rather than
 * by reading every built page back from disk and writing it again: at 200 roles that second pass
 * over 472 pages took about a second of a ten-second build. Only the head is decoded and encoded
 * again; the body's bytes pass through as they are (decoding and encoding whole pages cost a
 * third of a second).
 */
import { defineMiddleware } from 'astro:middleware';
import { policyFirst } from './security/csp-first.ts';

const HEAD_END = Buffer.from('</head>');

export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	const page = Buffer.from(await response.arrayBuffer());
	// `</head>` is ASCII, so the bytes before it are whole characters.
	const headEnd = page.indexOf(HEAD_END);
	if (headEnd < 0) return new Response(page, response);
	const head = page.toString('utf8', 0, headEnd);
	const moved = policyFirst(head);
	return new Response(moved === head ? page : Buffer.concat([Buffer.from(moved), page.subarray(headEnd)]), response);
});

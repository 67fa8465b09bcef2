/**
 * Where the Content Security Policy's `<meta>` belongs: at the top of every page's `<head>`, right
 * after the character set; `src/middleware.ts` puts it there as each page is rendered. A policy
 * given in a `<meta>` only governs what comes after it, and Astro writes it where it writes the
 * page's bundled styles and scripts, after Starlight's own head: anything that got into the head
 * before it would run unchecked.
 */
const POLICY_START = '<meta http-equiv="content-security-policy"';

/** The page with its policy `<meta>` moved to just after `<meta charset>`; unchanged without one. */
export function policyFirst(html: string): string {
	const charset = html.search(/<meta charset="utf-8"\/?>/i);
	const start = html.indexOf(POLICY_START);
	if (charset < 0 || start < charset) return html;
	const end = html.indexOf('>', start) + 1;
	const policy = html.slice(start, end);
	const without = html.slice(0, start) + html.slice(end);
	const afterCharset = without.indexOf('>', charset) + 1;
	return without.slice(0, afterCharset) + policy + without.slice(afterCharset);
}

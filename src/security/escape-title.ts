/**
 * Starlight route middleware: the page's `<title>` as text. Starlight writes every head entry's
 * content as raw HTML, and a title comes from the ladder (a role, track or competency name, the
 * ladder's own name, a guide's title), so `</title><script>` in one would close the title and run.
 * Escaped here, the browser reads back exactly the text the ladder wrote.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

export const onRequest = defineRouteMiddleware((context) => {
	for (const entry of context.locals.starlightRoute.head) {
		if (entry.tag === 'title' && entry.content) entry.content = escapeText(entry.content);
	}
});

/** Text as HTML character data: only `&` and `<` can start markup there, `>` is escaped for symmetry. */
export function escapeText(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

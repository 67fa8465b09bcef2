import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { builtPagePaths, readPage } from '../support/built-pages.ts';
import { ALL_SITES } from '../support/sites.ts';

describe.each(ALL_SITES)('the $name Content Security Policy', (site) => {
	test('every page has a policy that allows no inline script it does not name by hash', () => {
		const pages = builtPagePaths(site.dist);
		expect(pages.length).toBeGreaterThan(5);
		for (const path of pages) {
			const page = readPage(site.dist, path);
			const policy = parsePolicy(page.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content'));
			const scriptSrc = policy.get('script-src') ?? [];

			expect(scriptSrc, path).not.toContain("'unsafe-inline'");
			expect(scriptSrc, path).not.toContain("'unsafe-eval'");
			expect(policy.get('object-src'), path).toEqual(["'none'"]);
			expect(policy.get('style-src') ?? [], path).not.toContain("'unsafe-inline'");
			for (const script of page.querySelectorAll('script:not([src])')) {
				// Data blocks are never run, so the policy does not cover them.
				if (script.getAttribute('type') === 'application/json') continue;
				const hash = `'sha256-${createHash('sha256').update(script.textContent ?? '').digest('base64')}'`;
				expect(scriptSrc, `${path}: an inline script starting "${(script.textContent ?? '').trim().slice(0, 60)}" is not in the policy; if Starlight changed it, put ${hash} in src/security/csp.ts`).toContain(hash);
			}
			for (const style of page.querySelectorAll('style')) {
				const hash = `'sha256-${createHash('sha256').update(style.textContent ?? '').digest('base64')}'`;
				expect(policy.get('style-src'), `${path}: an inline style is not in the policy`).toContain(hash);
			}
		}
	});
});

/** A policy's directives, each with its sources. */
function parsePolicy(content: string | null | undefined): Map<string, string[]> {
	if (!content) throw new Error('The page has no Content Security Policy');
	return new Map(
		content
			.split(';')
			.map((directive) => directive.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...sources]) => [name!, sources]),
	);
}

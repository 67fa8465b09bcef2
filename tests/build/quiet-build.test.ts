/**
 * What a build of the shipped ladder prints: no warning a user cannot act on. The tests build
 * with `SITE_URL` set, so not even Starlight's sitemap warning, the one a build without it prints,
 * which the publishing guide explains.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SITES } from '../support/sites.ts';

describe('a build of the shipped ladder', () => {
	test('prints no warning, deprecation or error', () => {
		const log = readFileSync(join(dirname(SITES.example.dist), 'build.log'), 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
		const warnings = log.split('\n').filter((line) => /warn|deprecat|error/i.test(line));

		expect(log).toContain('generating static routes');
		expect(warnings).toEqual([]);
	});

	test('the one warning a build without SITE_URL prints is explained in the publishing guide', () => {
		expect(readFileSync('docs/how-to/publish.md', 'utf8')).toContain('The Sitemap integration requires the `site` astro.config');
	});
});

describe('a build of a ladder without guides', () => {
	test('prints only the two upstream warnings the publishing guide explains', () => {
		const log = readFileSync(join(dirname(SITES.design.dist), 'build.log'), 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
		// The ladder's own lint warnings ("warning: file:line: …") say their fix; these are Astro's.
		const upstream = log.split('\n').filter((line) => /\[WARN\]|deprecat|error/i.test(line));
		const explained = [/\[WARN\] \[glob-loader\] The base directory ".*\/docs\/" does not exist\.$/, /\[WARN\] \[content\] The collection "docs" does not exist or is empty\. Please check your content config file for errors\.$/];

		expect(upstream.filter((line) => !explained.some((pattern) => pattern.test(line)))).toEqual([]);
		// Once Astro stops printing them, the guide's paragraph on them goes too.
		expect(upstream.length).toBeGreaterThan(0);
		const readme = readFileSync('docs/how-to/publish.md', 'utf8').replace(/\s+/g, ' ');
		expect(readme).toContain('The base directory "…/docs/" does not exist');
		expect(readme).toContain('The collection "docs" does not exist or is empty. Please check your content config file for errors');
	});
});

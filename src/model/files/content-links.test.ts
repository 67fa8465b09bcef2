import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { linkTarget, pageOfFile, withSiteLinks } from '../ladder/site-links.ts';
import { linkProblems } from './content-links.ts';
import { problems } from './problems.ts';

const dir = mkdtempSync(join(tmpdir(), 'content-links-'));
for (const file of ['roles/senior.mdx', 'docs/intro/setup.md', 'competencies/craft.yaml', 'ladder.yaml', 'docs/logo.png', 'docs/charts/Team chart.SVG', 'docs/tool.js', 'docs/.drafts/next.png']) {
	mkdirSync(join(dir, file, '..'), { recursive: true });
	writeFileSync(join(dir, file), '');
}
const role = join(dir, 'roles/lead.mdx');
const area = join(dir, 'competencies/craft.yaml');

describe('content links', () => {
	test('give each file of the ladder the page it becomes', () => {
		expect(pageOfFile(dir, join(dir, 'roles/senior.mdx'))).toBe('/roles/senior/');
		expect(pageOfFile(dir, join(dir, 'docs/intro/setup.md'))).toBe('/guides/intro/setup/');
		expect(pageOfFile(dir, area)).toBe('/competencies/#area-craft');
		expect(pageOfFile(dir, join(dir, 'ladder.yaml'))).toBe('/');
		// A picture or a PDF a text links to is published as it is; a script, a hidden file or a file outside, never.
		expect(pageOfFile(dir, join(dir, 'docs/logo.png'))).toBe('/files/docs/logo.png');
		expect(pageOfFile(dir, join(dir, 'docs/charts/Team chart.SVG'))).toBe('/files/docs/charts/Team%20chart.SVG');
		expect(pageOfFile(dir, join(dir, 'docs/tool.js'))).toBeUndefined();
		expect(pageOfFile(dir, join(dir, 'docs/.drafts/next.png'))).toBeUndefined();
		expect(pageOfFile(dir, join(dir, '..', 'elsewhere.png'))).toBeUndefined();
	});

	test('read an address as another site’s, a site path, or a file relative to the one it is in', () => {
		expect(linkTarget(dir, role, 'https://example.com/x')).toEqual({ kind: 'elsewhere' });
		expect(linkTarget(dir, role, '#coding')).toEqual({ kind: 'elsewhere' });
		expect(linkTarget(dir, role, '/roles/senior/#coding')).toEqual({ kind: 'site', path: '/roles/senior/', anchor: 'coding' });
		expect(linkTarget(dir, role, './senior.mdx#coding')).toEqual({ kind: 'file', file: join(dir, 'roles/senior.mdx'), page: '/roles/senior/#coding', anchor: 'coding' });
		expect(linkTarget(dir, area, '../docs/intro/setup.md')).toMatchObject({ kind: 'file', page: '/guides/intro/setup/' });
	});

	test('make the file links of inline Markdown into links to pages, and leave the rest of the text alone', () => {
		expect(withSiteLinks('As [a senior](../roles/senior.mdx#coding) does, [see](https://x.example) **more**.', dir, area)).toBe(
			'As [a senior](/roles/senior/#coding) does, [see](https://x.example) **more**.',
		);
		expect(withSiteLinks('No link here.', dir, area)).toBe('No link here.');
	});

	test('refuse a dead page, a missing anchor, a missing file and a file without a page, with the closest page', () => {
		const pages = new Map<string, ReadonlySet<string> | undefined>([
			['/roles/senior/', new Set(['coding'])],
			['/matrix/', undefined],
		]);
		const found = linkProblems(
			dir,
			[
				{ file: role, field: 'body, line 3', url: '/roles/senor/' },
				{ file: role, field: 'body, line 4', url: './senior.mdx#codng' },
				{ file: role, field: 'body, line 5', url: './junior.mdx' },
				{ file: role, field: 'body, line 6', url: '../docs/tool.js' },
				{ file: role, field: 'body, line 6', url: '../docs/logo.png' },
				{ file: role, field: 'body, line 7', url: '/matrix/#anything' },
				{ file: role, field: 'body, line 8', url: '/roles/senior' },
			],
			pages,
		);
		expect(found.map((p) => p.message)).toEqual([
			problems.deadLink('/roles/senor/', '/roles/senior/'),
			problems.deadAnchor('./senior.mdx#codng', '/roles/senior/', 'coding'),
			problems.linkedFileMissing('./junior.mdx'),
			problems.linkedFileNoPage('../docs/tool.js'),
		]);
	});
});

import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { costMessage } from '../../schemas/markdown-cost.ts';
import { problems } from './problems.ts';
import { proseProblems } from './prose.ts';

const check = (body: string, format: 'md' | 'mdx' = 'mdx') => proseProblems(body, { file: 'r.mdx', format, firstLine: 5, root: '.' });
const line = (n: number, message: string) => ({ file: 'r.mdx', field: `body, line ${n}`, message });

describe('proseProblems', () => {
	test('allows Markdown: emphasis, lists, tables, safe links, autolinks, code of any fence', () => {
		const body = [
			'**Bold**, _em_, [a link](https://example.org), https://example.org, [mail](mailto:a@b.c), [here](/roles/x/), [top](#top).',
			'',
			'- a list item with `<script>` as code',
			'',
			'| a | b |',
			'| - | - |',
			'| 1 | 2 |',
			'',
			'~~~html',
			'<script>alert(1)</script>',
			'~~~',
			'',
			'```',
			'{not an expression}',
			'```',
			'',
			'An escaped \\{brace\\} and \\<angle, and a reference [link][ok].',
			'',
			'[ok]: https://example.org',
		].join('\n');

		expect(check(body)).toEqual([]);
		expect(check(body, 'md')).toEqual([]);
		// MDX has no <autolinks>: the build would fail on one, so the check does too.
		expect(check('See <https://example.org>.', 'md')).toEqual([]);
		expect(check('See <https://example.org>.')[0]?.message).toMatch(/^cannot be read as MDX/);
	});

	test('refuses import, export and expressions, which would run at build time', () => {
		const body = ["import fs from 'node:fs';", '', 'export const x = process.env;', '', 'Text {process.env.HOME}.', '', '{fs.readFileSync("/etc/passwd", "utf8")}'].join('\n');

		expect(check(body)).toEqual([
			line(5, problems.proseCode('import and export')),
			line(7, problems.proseCode('import and export')),
			line(9, problems.proseCode('{ } expressions')),
			line(11, problems.proseCode('{ } expressions')),
		]);
		// Not even an expression: the build cannot read it, and neither can the check.
		expect(check('Template {{7*7}}.')[0]?.message).toMatch(/^cannot be read as MDX/);
		// In Markdown, braces are text.
		expect(check('Template {{7*7}}.', 'md')).toEqual([]);
	});

	test('refuses raw HTML however it is written: split over lines, in Markdown files, in a guide', () => {
		expect(check('Text <img\nsrc="x"\nonerror="alert(1)" /> more.')).toEqual([line(5, problems.rawHtml('img'))]);
		expect(check('Text <img\nsrc=x\nonerror=alert(1) /> more.')[0]?.message).toMatch(/^cannot be read as MDX/);
		expect(check('Text <img\nsrc=x\nonerror=alert(1)> more.', 'md')).toEqual([line(5, problems.rawHtml('img'))]);
		expect(check('<div\n  onclick="alert(1)">\nx\n</div>')).toEqual([line(5, problems.rawHtml('div'))]);
		expect(check('<meta http-equiv="refresh" content="0; url=https://evil.example">', 'md')).toEqual([line(5, problems.rawHtml('meta'))]);
		expect(check('Inline <b>bold</b> in Markdown.', 'md')).toEqual([line(5, problems.rawHtml('b')), line(5, problems.rawHtml('b'))]);
		expect(check('<!-- a comment is fine -->', 'md')).toEqual([]);
	});

	test('refuses a component, which could not be imported', () => {
		expect(check('<Aside>Note.</Aside>')).toEqual([line(5, problems.component('Aside'))]);
	});

	test('refuses links that run script, however they are spelt', () => {
		const body = [
			'[a](javascript:alert(1))',
			'[b](java&#115;cript:alert(1))',
			'[c][ref]',
			'<javascript:alert(1)>',
			'![d](data:text/html;base64,PHNjcmlwdD4=)',
			'[e](JAVASCRIPT:alert(1))',
			'',
			'[ref]: vbscript:msgbox(1)',
		].join('\n');

		const schemes = ['javascript', 'javascript', 'javascript', 'data', 'javascript', 'vbscript'];
		expect(check(body, 'md').map((p) => p.message)).toEqual(schemes.map((scheme) => problems.unsafeUrl(scheme)));
		// MDX has no <autolinks>; the rest is refused the same way.
		const withoutAutolink = body.replace('<javascript:alert(1)>', '');
		expect(check(withoutAutolink).map((p) => p.message)).toEqual(schemes.slice(1).map((scheme) => problems.unsafeUrl(scheme)));
	});

	test('reports a body that does not parse with its line, as the build would', () => {
		const found = check('Fine.\n\nUsually <2 years of experience.');

		expect(found).toHaveLength(1);
		expect(found[0]?.field).toBe('body, line 7');
		expect(found[0]?.message).toMatch(/^cannot be read as MDX: .+ \(write \\< or &lt; for a literal </);
		// In a .md file, a bare < is text.
		expect(check('Usually <2 years of experience.', 'md')).toEqual([]);
	});
});

describe('proseProblems: what a body may name and cost', () => {
	// A content folder with a role, an image, a script and a link out of the folder.
	const root = mkdtempSync(join(tmpdir(), 'prose-'));
	mkdirSync(join(root, 'roles'));
	mkdirSync(join(root, 'images'));
	mkdirSync(join(root, 'docs'));
	writeFileSync(join(root, 'images', 'chart.png'), 'png');
	writeFileSync(join(root, 'docs', 'helper.js'), 'process.exit(7)');
	symlinkSync('/etc/hostname', join(root, 'images', 'out.png'));
	const file = join(root, 'roles', 'r.mdx');
	const inFolder = (body: string, format: 'md' | 'mdx' = 'mdx') => proseProblems(body, { file, format, firstLine: 5, root });
	const messages = (body: string, format: 'md' | 'mdx' = 'mdx') => inFolder(body, format).map((p) => `${p.field}: ${p.message}`);

	test('an image names an image file inside content/, by a relative path', () => {
		expect(inFolder('![chart](../images/chart.png)')).toEqual([]);
		expect(inFolder('![chart](../images/chart%2Epng)')).toEqual([]);
		expect(inFolder('![chart][c]\n\n[c]: ../images/chart.png', 'md')).toEqual([]);
	});

	test.each([
		['a script, which the build would import and run', '![logo](../docs/helper.js)', /not an image file/],
		['a file outside content/', '![x](../../../../etc/passwd)', /not an image file/],
		['an image outside content/', '![x](../../../../usr/share/pixmaps/debian-logo.png)', /leads out of the content folder/],
		['a script through a reference', '![logo][l]\n\n[l]: ../docs/helper.js', /not an image file/],
		['an image on another site', '![x](https://tracker.example/p.png)', /on another site/],
		['a path of the site', '![x](/favicon.svg)', /not a path relative to this file/],
		['a missing file', '![x](../images/none.png)', /no such file/],
		['a link out of content/', '![x](../images/out.png)', /symbolic link to a file outside/],
		['a query', '![x](../images/chart.png?raw)', /carries a \? or #/],
		['an encoded way out', '![x](%2e%2e/%2e%2e/%2e%2e/%2e%2e/x.png)', /leads out of the content folder/],
	])('refuses %s, naming the line and the address', (_, body, message) => {
		const [problem, ...rest] = inFolder(`Intro.\n\n${body}`);
		expect(rest).toEqual([]);
		expect(problem?.field).toBe('body, line 7');
		expect(problem?.message).toMatch(message);
		expect(problem?.message).toContain(body.match(/\]\(([^)]*)\)|\]: (.*)$/)!.slice(1).find(Boolean)!);
		expect(inFolder(`Intro.\n\n${body}`, 'md')).toHaveLength(1);
	});

	test('an HTML comment is allowed only when the HTML parser reads nothing else in it', () => {
		expect(inFolder('<!-- a note -->\n\n<!-- one --> <!-- two -->', 'md')).toEqual([]);
		const hidden = '<!-- a --><meta http-equiv="refresh" content="3;url=https://evil.example"><!-- b -->';
		expect(messages(`Text.\n\n${hidden}`, 'md')).toEqual([`body, line 7: ${problems.rawHtml('meta')}`]);
		expect(inFolder('<!-- a --></div>', 'md')).toHaveLength(1);
		expect(inFolder('<!-- a --> text', 'md')).toHaveLength(1);
	});

	test('a paragraph too costly to parse is refused at once, with its line', () => {
		const costly = `${'['.repeat(60_000)}${']'.repeat(60_000)}`;
		// Parsed, this line would take micromark over a minute: the test would time out.
		expect(messages(`Fine.\n\n${costly}\n`)).toEqual([`body, line 7: ${costMessage()}`]);
		expect(messages(`${'!['.repeat(40)}${'](x)'.repeat(40)}`)).toEqual([`body, line 5: ${costMessage()}`]);
		// Many links, each in its own paragraph, are fine.
		expect(inFolder(Array.from({ length: 2_000 }, (_, i) => `[link ${i}](https://example.org)`).join('\n\n'))).toEqual([]);
	});

	test('a direction override is refused in a body, with its line', () => {
		expect(messages('Fine.\n\nEngineer \u202Ereganam.')).toEqual([`body, line 7: ${problems.directionOverride()}`]);
	});
});

import { describe, expect, test } from 'vitest';
import { problems } from './problems.ts';
import { proseProblems } from './prose.ts';

const check = (body: string, format: 'md' | 'mdx' = 'mdx') => proseProblems(body, { file: 'r.mdx', format, firstLine: 5 });
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

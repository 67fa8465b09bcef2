import { describe, expect, test } from 'vitest';
import { inlineMarkdown, inlineText } from './inline-markdown.ts';

describe('inlineMarkdown', () => {
	test('renders emphasis, code and links inline', () => {
		expect(inlineMarkdown('Writes **clear** docs, `README` first, on [the wiki](https://wiki.example.org).')).toBe(
			'Writes <strong>clear</strong> docs, <code>README</code> first, on <a href="https://wiki.example.org">the wiki</a>.',
		);
	});

	test('shows raw HTML as text and drops links that would run script', () => {
		expect(inlineMarkdown('<img src=x onerror=alert(1)> and <b>bold</b>')).toBe('&lt;img src=x onerror=alert(1)&gt; and &lt;b&gt;bold&lt;/b&gt;');
		expect(inlineMarkdown('[click](javascript:alert(1)) and [data](data:text/html,x)')).toBe('click and data');
	});

	test('as plain text, drops the Markdown and keeps the words', () => {
		expect(inlineText('Writes **clear** docs, `README` first, on [the wiki](https://wiki.example.org). <b>x</b>')).toBe(
			'Writes clear docs, README first, on the wiki. <b>x</b>',
		);
	});

	test('keeps block syntax as text: a descriptor is a sentence in a cell', () => {
		expect(inlineMarkdown('- not a list')).toBe('- not a list');
		expect(inlineMarkdown('# not a heading')).toBe('# not a heading');
	});
});

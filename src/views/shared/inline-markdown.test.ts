import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { micromark } from 'micromark';
import { describe, expect, test } from 'vitest';
import { blockMarkdown, firstParagraph, firstParagraphText, INLINE_ONLY, inlineMarkdown, inlineText, isPlain } from './inline-markdown.ts';

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

describe('plain text, which is not parsed', () => {
	test('is exactly what micromark makes of it, as HTML and as text', () => {
		// Every printable ASCII character, a few others, and spaces, in random short texts.
		const alphabet = [...' !"#$%&\'()*+,-./0123456789:;<=>?@ABCXYZ[\\]^_`abcxyz{|}~', 'é', 'ß', '’', '—', '\u00a0', '\t', '\n'];
		let seed = 7;
		const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
		const texts = Array.from({ length: 20_000 }, () => Array.from({ length: 1 + Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
		const plain = texts.filter(isPlain);

		expect(plain.length).toBeGreaterThan(1_000);
		for (const text of plain) {
			expect(micromark(text, { extensions: [INLINE_ONLY] }), JSON.stringify(text)).toBe(text === '' ? '' : `<p>${text}</p>`);
			expect(toString(fromMarkdown(text, { extensions: [INLINE_ONLY] })), JSON.stringify(text)).toBe(text);
			expect(inlineMarkdown(text)).toBe(text);
			expect(inlineText(text)).toBe(text);
		}
	});

	test('is only text with nothing for Markdown or HTML to do', () => {
		for (const text of ['*a*', 'a_b_', '`x`', '[a](b)', 'a\\b', '<b>', 'a & b', 'say "hi"', 'two\nlines', ' padded', 'padded ', '~~x~~']) {
			expect(isPlain(text), text).toBe(false);
		}
		expect(isPlain('Runs a meeting with an agenda, and follows up — in writing (100%).')).toBe(true);
	});
});

describe('descriptions shown in full', () => {
	const text = 'In this role, you will:\n- design *services*\n- review [changes](/roles/x/)\n\nA second paragraph.';

	test('keep their paragraphs and lists, and nothing else of block Markdown', () => {
		expect(blockMarkdown(text)).toBe('<p>In this role, you will:</p>\n<ul>\n<li>design <em>services</em></li>\n<li>review <a href="/roles/x/">changes</a></li>\n</ul>\n<p>A second paragraph.</p>');
		expect(blockMarkdown('# Not a heading\n\n<b>x</b>')).toBe('<p># Not a heading</p>\n<p>&lt;b&gt;x&lt;/b&gt;</p>');
	});

	test('give their first paragraph where a short text is needed', () => {
		expect(firstParagraph(text)).toBe('In this role, you will:');
		expect(firstParagraphText('Builds **the** product.\n\nMore.')).toBe('Builds the product.');
		expect(firstParagraph('One line.')).toBe('One line.');
	});
});

import { describe, expect, test } from 'vitest';
import { svgProblems } from './svg-image.ts';

const svg = (inside: string, attributes = '') => `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"${attributes}>\n${inside}\n</svg>\n`;

describe('an SVG image in the content folder', () => {
	test('may be a picture: shapes, text, gradients, filters, styles and references to its own parts', () => {
		const picture = svg(
			[
				'<title>Chart</title><desc>Levels</desc>',
				'<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient><filter id="f"><feGaussianBlur stdDeviation="1"/></filter></defs>',
				'<style>.a { fill: url(#g); } /* a comment */</style>',
				'<g class="a" filter="url(#f)"><rect width="5" height="5"/><path d="M0 0L5 5"/><text x="1" y="9">5 &amp; 6</text></g>',
				'<use href="#g"/><use xlink:href="#g"/>',
			].join('\n'),
			' xml:space="preserve"',
		);
		expect(svgProblems(picture)).toEqual([]);
	});

	test.each([
		['a script element', '<script>alert(document.domain)</script>', /line 3: the element <script> runs script/],
		['a script in XHTML’s namespace', '<x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>', /<x:script> is not in SVG's namespace/],
		['an event handler', '<rect width="1" height="1" onclick="alert(1)"/>', /onclick on <rect> runs script/],
		['an event handler in upper case', '<rect width="1" height="1" ONLOAD="alert(1)"/>', /ONLOAD on <rect> runs script/],
		['HTML inside the picture', '<foreignObject><p xmlns="http://www.w3.org/1999/xhtml">x</p></foreignObject>', /<foreignObject> holds a document of another kind/],
		['a link', '<a href="javascript:alert(1)"><rect width="1" height="1"/></a>', /<a> opens, loads or embeds/],
		['an entity-encoded javascript: address', '<use href="&#x6A;avascript:alert(1)"/>', /href="javascript:alert\(1\)" on <use> names something outside the image/],
		['an image from elsewhere', '<use xlink:href="https://example.com/x.svg#a"/>', /xlink:href="https:\/\/example.com\/x.svg#a" on <use> names something outside/],
		['an animation that rewrites an address', '<set attributeName="href" to="javascript:alert(1)"/>', /<set> animates an attribute/],
		['a style that fetches', '<style>@import "https://example.com/x.css";</style>', /a style in it fetches something from outside/],
		['a style in CDATA that fetches', '<style><![CDATA[rect { fill: url(https://example.com/p.svg#a) }]]></style>', /a style in it fetches something/],
		['a presentation attribute that fetches', '<rect width="1" height="1" fill="url( https://example.com/#a)"/>', /the attribute fill on <rect> has a url\(...\) outside the image/],
		['a style attribute that fetches', '<rect width="1" height="1" style="fill: URL(\'//example.com/a\')"/>', /the attribute style on <rect> has a url/],
	])('is refused when it holds %s, naming the line', (_, inside, message) => {
		const found = svgProblems(svg(inside));
		expect(found.map(({ line, what }) => `line ${line}: ${what}`).join('\n')).toMatch(message);
	});

	test('is refused with a document type, whose entities could expand or fetch', () => {
		const found = svgProblems('<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY x "y">]>\n<svg xmlns="http://www.w3.org/2000/svg"/>');
		expect(found[0]).toEqual({ line: 2, what: expect.stringMatching(/document type/) });
	});

	test('is refused with a processing instruction that fetches a style sheet', () => {
		expect(svgProblems('<?xml-stylesheet href="https://example.com/a.css"?><svg xmlns="http://www.w3.org/2000/svg"/>')[0]?.what).toMatch(/<\?xml-stylesheet\?>/);
	});

	test('is refused when it is not in SVG’s namespace, or not XML a strict parser reads', () => {
		expect(svgProblems('<svg><rect/></svg>')[0]?.what).toMatch(/not in SVG's namespace/);
		expect(svgProblems('<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>').at(-1)?.what).toMatch(/not well-formed XML/);
		expect(svgProblems('<html><body onload="alert(1)">')).not.toEqual([]);
		expect(svgProblems('just text')).not.toEqual([]);
	});

	test('reports everything it finds at once', () => {
		expect(svgProblems(svg('<script>1</script>\n<rect onload="x"/>', ' onload="y"'))).toHaveLength(3);
	});
});

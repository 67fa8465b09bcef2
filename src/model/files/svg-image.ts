/**
 * An SVG image is a document, not only a picture: the build publishes it byte for byte under
 * `/_astro/`, and a reader who opens its address directly gets a page on the site's origin, where
 * the pages' Content Security Policy does not reach and where readers' assessments are stored. So
 * an SVG in the content folder must be a picture and nothing more. It is read as the XML it is
 * (saxes, a strict parser: what it cannot read, a browser may read another way, so it is refused)
 * and allowed only:
 *
 * - elements of SVG's namespace that draw, group, describe or paint (no `script`, no
 *   `foreignObject`, which would hold HTML, no animation, which can rewrite an attribute such as
 *   `href` after the check; nothing from another namespace, such as XHTML's `script`);
 * - no event-handler attribute (`onload`, `onclick`, …);
 * - references only to its own parts (`href="#id"`, `url(#id)`): nothing fetched from elsewhere,
 *   no `javascript:` or `data:` address, no `@import` in a style;
 * - no document type (its entities could expand or fetch) and no processing instruction but the
 *   XML declaration (`<?xml-stylesheet?>` would fetch a style sheet).
 *
 * Everything is reported at once, each with its line, so one fix round suffices.
 */
import { SaxesParser } from 'saxes';

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const XLINK_NAMESPACE = 'http://www.w3.org/1999/xlink';
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';

/** The elements a picture needs: shapes, text, structure, paint servers, clipping, filters and their description. */
const PICTURE_ELEMENTS = new Set([
	'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'metadata', 'switch',
	'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
	'text', 'tspan', 'textPath',
	'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker', 'style',
	'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix',
	'feDiffuseLighting', 'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA',
	'feFuncB', 'feFuncG', 'feFuncR', 'feGaussianBlur', 'feMerge', 'feMergeNode', 'feMorphology',
	'feOffset', 'fePointLight', 'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence',
]);

/** Attributes that name another resource: only a part of the same image (`#id`) may be named. */
const REFERENCE_ATTRIBUTES = new Set(['href', 'src']);

/** A `url(...)` in a style or a presentation attribute that points anywhere but into the image itself. */
const OUTSIDE_URL = /url\(\s*(?!['"]?\s*#)/i;

/** One thing that makes an SVG more than a picture, and the line it is on. */
export interface SvgFinding {
	line: number;
	what: string;
}

/** What in an SVG file makes it more than a picture, or nothing. `text` is the file as read from disk. */
export function svgProblems(text: string): SvgFinding[] {
	const found: SvgFinding[] = [];
	const parser = new SaxesParser({ xmlns: true, position: true });
	const at = (what: string) => void found.push({ line: parser.line, what });
	let elements = 0;
	parser.on('doctype', () => at('it has a document type (<!DOCTYPE>), whose entities could expand or fetch another file: remove it'));
	parser.on('processinginstruction', ({ target }) => {
		if (target.toLowerCase() !== 'xml') at(`it has a processing instruction <?${target}?>, which can fetch another file: remove it`);
	});
	parser.on('opentag', (tag) => {
		elements++;
		if (tag.uri !== SVG_NAMESPACE) at(`the element <${tag.name}> is not in SVG's namespace (${SVG_NAMESPACE}): a picture holds nothing else`);
		else if (!PICTURE_ELEMENTS.has(tag.local)) at(`the element <${tag.name}> ${elementReason(tag.local)}: remove it`);
		for (const attribute of Object.values(tag.attributes)) {
			const { local, uri, name, value } = attribute;
			if (uri === XMLNS_NAMESPACE || name === 'xmlns' || uri === XML_NAMESPACE) continue;
			if (uri !== '' && uri !== XLINK_NAMESPACE) at(`the attribute ${name} on <${tag.name}> is from another namespace (${uri}): remove it`);
			else if (/^on/i.test(local)) at(`the attribute ${name} on <${tag.name}> runs script when an event happens: remove it`);
			else if (REFERENCE_ATTRIBUTES.has(local.toLowerCase()) && !value.trim().startsWith('#')) {
				at(`the attribute ${name}="${shorten(value)}" on <${tag.name}> names something outside the image: an image may refer only to its own parts ("#id")`);
			} else if (OUTSIDE_URL.test(value)) at(`the attribute ${name} on <${tag.name}> has a url(...) outside the image: only url(#id) may be used`);
		}
	});
	parser.on('text', (content) => {
		if (OUTSIDE_URL.test(content) || /@import/i.test(content)) at('a style in it fetches something from outside the image (url(...) or @import): only url(#id) may be used');
	});
	parser.on('cdata', (content) => {
		if (OUTSIDE_URL.test(content) || /@import/i.test(content)) at('a style in it fetches something from outside the image (url(...) or @import): only url(#id) may be used');
	});
	try {
		parser.write(text).close();
	} catch (error) {
		// saxes stops at its first error; what was found before it still stands.
		const reason = (error as Error).message.replace(/^[^:]*:\d+:\d+: /, '');
		return [...found, { line: parser.line, what: `it is not well-formed XML (${reason}): a browser could read it another way than this check does` }];
	}
	if (elements === 0) found.push({ line: 1, what: 'it holds no SVG element' });
	return found;
}

function elementReason(local: string): string {
	if (local === 'script') return 'runs script';
	if (local === 'foreignObject') return 'holds a document of another kind (HTML) inside the image';
	if (/^(animate|animateMotion|animateTransform|set|discard)$/.test(local)) return 'animates an attribute, which can change an address after this check';
	if (/^(a|image|feImage|iframe|video|audio|canvas|handler|listener)$/.test(local)) return 'opens, loads or embeds something else';
	return 'is not one that draws a picture';
}

function shorten(value: string): string {
	return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}

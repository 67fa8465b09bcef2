/**
 * Text written into the Markdown the assessment makes (the promotion pack, the team view's notes):
 * whatever a person typed or the ladder says, Markdown must read it as the text it is. A pack is
 * opened in other Markdown viewers, so nothing in it may become markup: emphasis, code, a link or
 * a reference definition (`[g]: javascript:…`), raw HTML, an entity, and no line break, which
 * would let a name start a heading, a table row or a definition of its own.
 */

/** Every line break CommonMark or a viewer may honour, and the Unicode ones. */
const LINE_BREAKS = /[\r\n\u2028\u2029\u0085]+/g;

/** Text on one line: a soft line break in Markdown is a space anyway. */
export function oneLine(text: string): string {
	return text.replace(LINE_BREAKS, ' ');
}

/** Text that Markdown reads as text, on one line. */
export function markdownText(text: string): string {
	return oneLine(text).replace(/[\\[\]*_`<>&~#|]/g, '\\$&');
}

/**
 * A YAML file changed in place: only the values that differ are rewritten, and every other byte
 * stays as the author wrote it (folded and literal blocks, comments, quoting, flow maps, key order,
 * blank lines). A library that emits the whole document again loses all of that, and the author's
 * `git diff content/` after an import would be mostly noise.
 *
 * The file is parsed once (the `yaml` package, with each node's place in the text) and compared
 * with the data it should hold; each difference becomes one splice of the text, at the deepest node
 * that differs: a scalar is rewritten in its own style where the new value allows it, a key that
 * went is cut with its lines, a key that came is added after the others at their indentation, and a
 * list that grew or shrank keeps the items that stayed. Where a change cannot be made in place (a
 * flow map that gains a key), the smallest collection around it is written again.
 */
import { isMap, isScalar, isSeq, parseDocument, Scalar, stringify, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

/** What `yaml` writes where a value is new: block style, no folding, as an author writes by hand. */
const NEW_TEXT = { lineWidth: 0, flowCollectionPadding: false } as const;

interface Edit {
	start: number;
	end: number;
	text: string;
}

/** `text` (a YAML document) made to hold `data`, changing only what differs. */
export function rewriteYaml(text: string, data: unknown): string {
	const document = parseDocument(text);
	const root = document.contents;
	if (!root || document.errors.length > 0) return stringify(data, NEW_TEXT);
	const edits = new YamlSplicer(text).patch(root as Node, data, 0, false);
	let result = text;
	for (const { start, end, text: inserted } of edits.sort((a, b) => b.start - a.start || b.end - a.end)) {
		result = result.slice(0, start) + inserted + result.slice(end);
	}
	return result;
}

class YamlSplicer {
	private readonly text: string;

	constructor(text: string) {
		this.text = text;
	}

	/** The edits that make `node` hold `value`; `indent` is the column its block content starts at. */
	patch(node: Node, value: unknown, indent: number, inFlow: boolean): Edit[] {
		if (same(node.toJSON(), value)) return [];
		if (isScalar(node) && isPrimitive(value)) return [this.replaceScalar(node, value, indent, inFlow)];
		if (isEmpty(value)) return [this.replaceValue(node, value, indent, inFlow)];
		if (isMap(node) && isPlainObject(value)) return node.flow ? this.patchFlowMap(node, value, indent, inFlow) : this.patchBlockMap(node, value);
		if (isSeq(node) && Array.isArray(value)) return node.flow ? this.patchFlowSeq(node, value, indent, inFlow) : this.patchBlockSeq(node, value);
		return [this.replaceValue(node, value, indent, inFlow)];
	}

	private patchBlockMap(map: YAMLMap, value: Record<string, unknown>): Edit[] {
		const column = this.column(map.range![0]);
		const edits: Edit[] = [];
		const kept = new Set<string>();
		for (const pair of map.items as Pair<Node, Node | null>[]) {
			const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
			if (!Object.hasOwn(value, key)) {
				edits.push({ start: this.lineStart(pair.key.range![0]), end: this.pairEnd(pair), text: '' });
				continue;
			}
			kept.add(key);
			if (pair.value === null) edits.push(this.replaceEmpty(pair, value[key], column + 2));
			else edits.push(...this.patch(pair.value, value[key], this.childIndent(pair.value, column), false));
		}
		const added = Object.entries(value).filter(([key, inner]) => !kept.has(key) && inner !== undefined);
		if (added.length > 0) {
			const at = map.range![2];
			const lead = this.text[at - 1] === '\n' ? '' : '\n';
			edits.push({ start: at, end: at, text: lead + indentLines(stringify(Object.fromEntries(added), NEW_TEXT), column) });
		}
		return edits;
	}

	private patchBlockSeq(seq: YAMLSeq, value: unknown[]): Edit[] {
		const items = seq.items as Node[];
		const dash = this.dashOffset(items[0]!);
		if (items.length === value.length) return items.flatMap((item, index) => this.patch(item, value[index], dash + 2, false));
		// Items that stayed at either end keep their text; the ones between are cut or written.
		let head = 0;
		while (head < items.length && head < value.length && same(items[head]!.toJSON(), value[head])) head++;
		let tail = 0;
		while (tail < items.length - head && tail < value.length - head && same(items[items.length - 1 - tail]!.toJSON(), value[value.length - 1 - tail])) tail++;
		const removed = items.slice(head, items.length - tail);
		const written = value.slice(head, value.length - tail);
		const at =
			removed.length > 0
				? this.lineStart(removed[0]!.range![0])
				: tail > 0
					? this.lineStart(items[items.length - tail]!.range![0])
					: this.lineEnd(items[head - 1]!.range![2]);
		const end = removed.length > 0 ? this.lineEnd(removed.at(-1)!.range![2]) : at;
		const lead = at > 0 && this.text[at - 1] !== '\n' ? '\n' : '';
		return [{ start: at, end, text: written.length > 0 ? lead + indentLines(stringify(written, NEW_TEXT), dash) : '' }];
	}

	/** A flow map keeps its text where only values changed; a key that came or went writes it again, in flow. */
	private patchFlowMap(map: YAMLMap, value: Record<string, unknown>, indent: number, inFlow: boolean): Edit[] {
		const pairs = map.items as Pair<Node, Node | null>[];
		const keys = pairs.map((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key));
		const newKeys = Object.keys(value).filter((key) => value[key] !== undefined);
		if (keys.length !== newKeys.length || !keys.every((key) => Object.hasOwn(value, key)) || pairs.some((pair) => pair.value === null)) {
			return [this.replaceValue(map, value, indent, inFlow)];
		}
		return pairs.flatMap((pair, index) => this.patch(pair.value!, value[keys[index]!], indent, true));
	}

	private patchFlowSeq(seq: YAMLSeq, value: unknown[], indent: number, inFlow: boolean): Edit[] {
		if (seq.items.length !== value.length) return [this.replaceValue(seq, value, indent, inFlow)];
		return (seq.items as Node[]).flatMap((item, index) => this.patch(item, value[index], indent, true));
	}

	/** A scalar rewritten in its own style where the value allows, else the plainest that reads back the same. */
	private replaceScalar(node: Scalar, value: string | number | boolean | null, indent: number, inFlow: boolean): Edit {
		const [start, valueEnd, nodeEnd] = node.range!;
		const block = node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL;
		if (typeof value === 'string' && !inFlow && (block || /[\r\n]/.test(value))) {
			// A block scalar's text ends with its line break; one beside its key takes its comment's place.
			const old = this.text.slice(start, valueEnd);
			const written = blockScalar(value, block ? node.type! : Scalar.BLOCK_LITERAL, block ? contentIndent(old, indent) : indent, old);
			if (written) return { start, end: block ? valueEnd : this.lineEnd(nodeEnd), text: written };
		}
		const inline = inlineScalar(value, node.type, inFlow) ?? JSON.stringify(value);
		// An empty value (`key:`) has no space after its colon to write into.
		const space = this.text[start - 1] === ':' ? ' ' : '';
		return block ? { start, end: valueEnd, text: `${inline}\n` } : { start, end: valueEnd, text: space + inline };
	}

	/** Any value in place of `node`: inline where it fits on the line, else as a block under its key. */
	private replaceValue(node: Node, value: unknown, indent: number, inFlow: boolean): Edit {
		const [start, valueEnd, nodeEnd] = node.range!;
		const blockNode = (isMap(node) || isSeq(node)) && !node.flow;
		const flowNode = (isMap(node) || isSeq(node)) && node.flow;
		if (inFlow || flowNode || isPrimitive(value) || isEmpty(value)) {
			// A flow collection written again keeps the author's spacing inside its brackets.
			const padded = !flowNode || /^[[{] /.test(this.text.slice(start, start + 2));
			// A scalar inside a flow collection must not hold what ends or splits it: `inlineScalar` quotes it there.
			const written = isPrimitive(value) ? (inlineScalar(value, undefined, inFlow) ?? JSON.stringify(value)) : flowText(value, padded);
			// A block collection starts on the line after its key: the value goes back up beside it.
			if (blockNode) return { start: this.afterKey(start), end: nodeEnd, text: ` ${written}\n` };
			return { start, end: valueEnd, text: written };
		}
		const lines = indentLines(stringify(value, NEW_TEXT), indent);
		if (blockNode) return { start: this.lineStart(start), end: nodeEnd, text: lines };
		// A scalar or flow collection beside its key becomes a block under it.
		return { start: this.afterKey(start), end: valueEnd, text: `\n${lines.replace(/\n$/, '')}` };
	}

	/** A key with no value (`key:`) given one. */
	private replaceEmpty(pair: Pair<Node, Node | null>, value: unknown, indent: number): Edit {
		const at = pair.key.range![2];
		const colon = this.text.indexOf(':', at);
		const start = colon + 1;
		const end = this.lineEnd(start) - (this.text[this.lineEnd(start) - 1] === '\n' ? 1 : 0);
		const text = isPrimitive(value) || isEmpty(value) ? ` ${isPrimitive(value) ? (inlineScalar(value, undefined, false) ?? JSON.stringify(value)) : flowText(value)}` : `\n${indentLines(stringify(value, NEW_TEXT), indent).replace(/\n$/, '')}`;
		return { start, end, text };
	}

	/** Where a pair's text ends: after its value's last line. */
	private pairEnd(pair: Pair<Node, Node | null>): number {
		return this.lineEnd(pair.value ? pair.value.range![2] : pair.key.range![2]);
	}

	/** The column block content under a value starts at: its own where it is a block collection, else two past its key's. */
	private childIndent(node: Node, keyColumn: number): number {
		if (isMap(node) && !node.flow && node.items.length > 0) return this.column((node.items[0] as Pair<Node>).key.range![0]);
		if (isSeq(node) && !node.flow && node.items.length > 0) return this.dashOffset(node.items[0] as Node);
		return keyColumn + 2;
	}

	/** How far the `-` of a list item stands from the start of its line. */
	private dashOffset(item: Node): number {
		const lineStart = this.lineStart(item.range![0]);
		return this.text.slice(lineStart, item.range![0]).indexOf('-');
	}

	/** Just after the `:` (or `-`) that a value at `at` belongs to, past the spaces and line breaks between. */
	private afterKey(at: number): number {
		let index = at;
		while (index > 0 && /[ \t\r\n]/.test(this.text[index - 1]!)) index--;
		return index;
	}

	private column(at: number): number {
		return at - this.lineStart(at);
	}

	private lineStart(at: number): number {
		return this.text.lastIndexOf('\n', at - 1) + 1;
	}

	/** The start of the line after `at`, or the end of the text; `at` itself where it starts a line. */
	private lineEnd(at: number): number {
		if (at > 0 && this.text[at - 1] === '\n') return at;
		const next = this.text.indexOf('\n', at);
		return next === -1 ? this.text.length : next + 1;
	}
}

/**
 * A string as a block scalar of `type` at `indent`, keeping the header's style (`>-`, `|`); a
 * folded one is wrapped at the width its old text used. `undefined` where the value cannot be one
 * (leading spaces, which would need an indentation indicator).
 */
function blockScalar(value: string, type: Scalar.Type, indent: number, old: string): string | undefined {
	if (/^[ \t]/.test(value) || /[ \t]$/m.test(value) || /[\u0000-\u0008\u000b-\u001f]/.test(value)) return undefined;
	const body = value.replace(/\n+$/, '');
	const trailing = value.length - body.length;
	const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
	const pad = ' '.repeat(indent);
	const folded = type === Scalar.BLOCK_FOLDED && !body.includes('\n');
	const oldLines = old.split('\n').slice(1).filter((line) => line.trim());
	const width = Math.max(40, ...oldLines.map((line) => line.trimEnd().length - indent));
	const lines = folded ? wrap(body, width) : body.split('\n');
	const content = lines.map((line) => (line ? pad + line : '')).join('\n');
	return `${folded ? '>' : '|'}${chomp}\n${content}\n${'\n'.repeat(Math.max(0, trailing - 1))}`;
}

/** Words joined into lines of at most `width` characters, where folding them back gives the text. */
function wrap(text: string, width: number): string[] {
	if (/ {2}/.test(text)) return [text];
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		if (line && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	lines.push(line);
	return lines;
}

/** A value on one line, in the old quoting where it still reads back the same; `undefined` for a string with line breaks. */
function inlineScalar(value: string | number | boolean | null, type: Scalar.Type | undefined, inFlow: boolean): string | undefined {
	if (typeof value !== 'string') return String(value);
	if (/[\r\n]/.test(value)) return inFlow ? JSON.stringify(value) : undefined;
	if (type === Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
	if (type === Scalar.QUOTE_SINGLE) return `'${value.replaceAll("'", "''")}'`;
	const plain = stringify(value, NEW_TEXT).replace(/\n$/, '');
	// Plain text in a flow collection must not hold what ends or splits it.
	if (inFlow && /^[^'"]/.test(plain) && /[,[\]{}]/.test(plain)) return JSON.stringify(value);
	return plain.includes('\n') ? JSON.stringify(value) : plain;
}

function flowText(value: unknown, padded = true): string {
	return stringify(value, { ...NEW_TEXT, collectionStyle: 'flow', flowCollectionPadding: padded }).replace(/\n$/, '');
}

/** The column an old block scalar's content starts at, or `fallback` where it has none. */
function contentIndent(old: string, fallback: number): number {
	const line = old.split('\n').slice(1).find((text) => text.trim());
	return line === undefined ? fallback : line.length - line.trimStart().length;
}

/** `text` with every non-empty line moved right by `indent` columns. */
function indentLines(text: string, indent: number): string {
	const pad = ' '.repeat(indent);
	return text.replace(/^(?=.)/gm, pad);
}

function same(a: unknown, b: unknown): boolean {
	return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(canonical);
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, inner]) => [key, canonical(inner)]));
	return value;
}

function isPrimitive(value: unknown): value is string | number | boolean | null {
	return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return Boolean(value) && typeof value === 'object' && !Array.isArray(value);
}

function isEmpty(value: unknown): boolean {
	return (Array.isArray(value) && value.length === 0) || (isPlainObject(value) && Object.keys(value).length === 0);
}

/**
 * The parts of an .xlsx file the import reads, taken out of the zip with a bound, before the
 * workbook library sees them. An .xlsx is a zip of XML parts, and the library inflates every part
 * it holds: a 240 KB workbook whose shared strings inflate to 200 MB took 1.4 GB of memory, and a
 * 1 MB workbook with an unused 1 GB part took 3.4 GB and imported. So:
 *
 * - only the parts the import reads are inflated (the workbook, its relationships, the shared
 *   strings, the styles and the sheets); any other part stays compressed and is never read;
 * - together they may inflate to `MAX_WORKBOOK_BYTES`, far beyond a real ladder's workbook, and
 *   inflating stops at the bound, whatever sizes the zip's directory claims;
 * - each sheet is read once as XML (saxes) for what the library would hide: a formula cell keeps
 *   its cached value in the file, which the library reads as plain text when the formula is empty,
 *   and a cell typed as a date (`t="d"`) comes out as a number.
 */
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { columnName } from './csv-layout.ts';

/** How much the parts the import reads may inflate to, together. */
export const MAX_WORKBOOK_BYTES = 32 * 1024 * 1024;

/** The parts of the package the import reads, by name. */
const READ_PARTS = /^(?:xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/worksheets\/sheet\d+\.xml)$/;

/** A cell the workbook library would read as something it is not. */
export type HiddenCell = 'formula' | 'date';

export interface WorkbookParts {
	/** The parts read, packed again without compression, for the workbook library. */
	bytes: Uint8Array;
	/** Sheet name → cell address (`B3`) → what the cell really is. */
	hidden: Map<string, Map<string, HiddenCell>>;
}

export class WorkbookTooLarge extends Error {}

/** The parts the import reads, inflated within the bound; throws `WorkbookTooLarge` past it, or the zip's own error. */
export async function workbookParts(bytes: Uint8Array): Promise<WorkbookParts> {
	const zip = await JSZip.loadAsync(bytes);
	const read = new Map<string, Uint8Array>();
	let left = MAX_WORKBOOK_BYTES;
	for (const entry of Object.values(zip.files)) {
		const name = entry.name.replace(/^\//, '');
		if (entry.dir || !READ_PARTS.test(name)) continue;
		const part = await inflateWithin(entry, left);
		left -= part.length;
		read.set(name, part);
	}
	const repacked = new JSZip();
	for (const [name, part] of read) repacked.file(name, part);
	return { bytes: await repacked.generateAsync({ type: 'uint8array', compression: 'STORE' }), hidden: hiddenCells(read) };
}

/** A part's bytes, inflated chunk by chunk and stopped as soon as they pass `limit`. */
function inflateWithin(entry: JSZip.JSZipObject, limit: number): Promise<Uint8Array> {
	return new Promise((resolve, reject) => {
		const chunks: Uint8Array[] = [];
		let size = 0;
		const stream = (entry as unknown as InternalStreams).internalStream('uint8array');
		stream
			.on('data', (chunk: Uint8Array) => {
				size += chunk.length;
				if (size > limit) {
					stream.pause();
					reject(new WorkbookTooLarge(entry.name));
					return;
				}
				chunks.push(chunk);
			})
			.on('error', reject)
			.on('end', () => resolve(Buffer.concat(chunks)))
			.resume();
	});
}

/**
 * JSZip's documented `internalStream` (its own stream helper, which can be paused midway), which
 * its type declarations leave out.
 */
interface InternalStreams {
	internalStream(type: 'uint8array'): StreamHelper;
}
interface StreamHelper {
	on(event: 'data', listener: (chunk: Uint8Array) => void): StreamHelper;
	on(event: 'error', listener: (error: Error) => void): StreamHelper;
	on(event: 'end', listener: () => void): StreamHelper;
	pause(): StreamHelper;
	resume(): StreamHelper;
}

/** The formula and date cells of each sheet, by the sheet's name as the workbook gives it. */
function hiddenCells(parts: ReadonlyMap<string, Uint8Array>): Map<string, Map<string, HiddenCell>> {
	const text = (name: string) => {
		const part = parts.get(name);
		return part ? new TextDecoder().decode(part) : undefined;
	};
	// The workbook names its sheets by relationship id; the relationships name their parts.
	const targets = new Map<string, string>();
	walk(text('xl/_rels/workbook.xml.rels'), (tag, attributes) => {
		if (tag === 'Relationship' && attributes['Id'] && attributes['Target']) targets.set(attributes['Id'], `xl/${attributes['Target'].replace(/^\/?xl\//, '')}`);
	});
	const found = new Map<string, Map<string, HiddenCell>>();
	walk(text('xl/workbook.xml'), (tag, attributes) => {
		if (tag !== 'sheet' || !attributes['name']) return;
		const id = Object.entries(attributes).find(([key]) => key === 'r:id' || key.endsWith(':id'))?.[1];
		const part = id === undefined ? undefined : targets.get(id);
		if (part === undefined) return;
		const cells = new Map<string, HiddenCell>();
		// A row or cell may leave out its address (`r`): it then follows the one before.
		let row = 0;
		let column = 0;
		let cell = '';
		walk(text(part), (inner, cellAttributes) => {
			if (inner === 'row') {
				row = Number(cellAttributes['r'] ?? row + 1);
				column = 0;
			} else if (inner === 'c') {
				const address = /^([A-Z]+)(\d+)$/.exec(cellAttributes['r'] ?? '');
				column = address ? columnNumber(address[1]!) : column + 1;
				cell = `${columnName(column - 1)}${address ? address[2] : row}`;
				if (cellAttributes['t'] === 'd') cells.set(cell, 'date');
			} else if (inner === 'f' && cell) cells.set(cell, 'formula');
		});
		if (cells.size > 0) found.set(attributes['name'], cells);
	});
	return found;
}

/** `A` → 1, `AA` → 27. */
function columnNumber(letters: string): number {
	return [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
}

/** Calls `open` with each element's local name and attributes; a part that is missing or not XML is left to the library to refuse. */
function walk(xml: string | undefined, open: (local: string, attributes: Record<string, string>) => void) {
	if (xml === undefined) return;
	const parser = new SaxesParser();
	parser.on('opentag', (tag) => open(tag.name.replace(/^.*:/, ''), tag.attributes as Record<string, string>));
	try {
		parser.write(xml).close();
	} catch {
		// The library reads it next, and says what is wrong with it.
	}
}

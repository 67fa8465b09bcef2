/**
 * An assessment in a URL fragment: JSON, deflated by the platform's CompressionStream, in
 * base64url. A fragment never reaches a server: the link carries the assessment from one browser
 * to another without anything in between keeping it.
 */
import { readAssessment, type Assessment } from './document.ts';
import type { AssessmentWords } from '../messages/catalogue.ts';
import { say } from '../messages/say.ts';

export async function encodeAssessment(assessment: Assessment): Promise<string> {
	const stream = new Blob([JSON.stringify(assessment)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/**
 * The most a link may unpack to. Deflate packs repetitive text up to a thousand times, so a link
 * of 1.3 MB could unpack to a gigabyte in the reader's tab; an assessment of a role with a
 * thousand criteria, every one with a long note, is under 2 MB.
 */
export const MAX_UNPACKED_BYTES = 8 * 1024 * 1024;

/** The assessment a fragment carries, or why it cannot be read. */
export async function decodeAssessment(encoded: string, words: AssessmentWords): Promise<{ assessment: Assessment } | { problem: string }> {
	let text: string | undefined;
	try {
		const binary = atob(encoded.replaceAll('-', '+').replaceAll('_', '/'));
		const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
		text = await unpack(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')));
	} catch {
		return { problem: words['assessment.problem-cut'] };
	}
	if (text === undefined) {
		return { problem: say(words, 'assessment.problem-too-big', { size: MAX_UNPACKED_BYTES / 1024 / 1024 }) };
	}
	return readAssessment(text, words);
}

/** The stream's text, read chunk by chunk, or `undefined` as soon as it passes the bound. */
async function unpack(stream: ReadableStream<Uint8Array<ArrayBuffer>>): Promise<string | undefined> {
	const reader = stream.getReader();
	const chunks: Uint8Array<ArrayBuffer>[] = [];
	let size = 0;
	for (let read = await reader.read(); !read.done; read = await reader.read()) {
		size += read.value.byteLength;
		if (size > MAX_UNPACKED_BYTES) {
			await reader.cancel();
			return undefined;
		}
		chunks.push(read.value);
	}
	return new TextDecoder('utf-8', { fatal: true }).decode(await new Blob(chunks).arrayBuffer());
}

/**
 * An assessment in a URL fragment: JSON, deflated by the platform's CompressionStream, in
 * base64url. A fragment never reaches a server: the link carries the assessment from one browser
 * to another without anything in between keeping it.
 */
import { readAssessment, type Assessment } from './document.ts';

export async function encodeAssessment(assessment: Assessment): Promise<string> {
	const stream = new Blob([JSON.stringify(assessment)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The assessment a fragment carries, or why it cannot be read. */
export async function decodeAssessment(encoded: string): Promise<{ assessment: Assessment } | { problem: string }> {
	try {
		const binary = atob(encoded.replaceAll('-', '+').replaceAll('_', '/'));
		const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
		const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
		return readAssessment(await new Response(stream).text());
	} catch {
		return { problem: 'This link does not hold a readable assessment: it may have been cut short when it was copied.' };
	}
}

import type { APIRoute } from 'astro';
import { assessmentJsonSchema } from '../assessment/document.ts';

/** The JSON Schema of an exported self-assessment, generated from the schema the browser validates with. */
export const GET: APIRoute = () =>
	new Response(`${JSON.stringify(assessmentJsonSchema(), null, 2)}\n`, {
		headers: { 'content-type': 'application/schema+json; charset=utf-8' },
	});

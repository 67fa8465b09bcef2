import type { APIRoute } from 'astro';
import { ladderJsonSchema } from '../io/ladder-export-schema.ts';

/** The JSON Schema of /ladder.json, generated from its Zod schema. */
export const GET: APIRoute = () =>
	new Response(`${JSON.stringify(ladderJsonSchema(), null, 2)}\n`, {
		headers: { 'content-type': 'application/schema+json; charset=utf-8' },
	});

import type { APIRoute } from 'astro';
import { getLadder } from '../content.ts';
import { ladderToJson } from '../io/ladder-json.ts';

/** The whole ladder as data, for other tools. */
export const GET: APIRoute = async () =>
	new Response(`${JSON.stringify(ladderToJson(await getLadder()), null, 2)}\n`, {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});

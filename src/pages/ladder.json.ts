import type { APIRoute } from 'astro';
import { getHistory } from '../content.ts';

/** The whole ladder as data, for other tools, naming the release it is (or "unreleased"). */
export const GET: APIRoute = async () =>
	new Response(`${JSON.stringify((await getHistory()).current, null, 2)}\n`, {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});

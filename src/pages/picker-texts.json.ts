import type { APIRoute } from 'astro';
import { getLadder } from '../content.ts';
import { pickerTexts } from '../views/pages/picker-data.ts';

/** What the comparison picker fetches once a reader starts choosing roles: never embedded in a page. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(pickerTexts(await getLadder())), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});

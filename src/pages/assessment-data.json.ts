import type { APIRoute } from 'astro';
import { getHistory, getLadder } from '../content.ts';
import { assessmentData } from '../views/pages/assessment-data.ts';

/** What the self-assessment loads when a reader opens it: never embedded in a page. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(assessmentData(await getLadder(), (await getHistory()).current.release)), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});

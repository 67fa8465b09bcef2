import type { APIRoute } from 'astro';
import { getLadder } from '../content.ts';
import { ladderToCsv } from '../io/csv-export.ts';

/** The competency matrix as a spreadsheet, in the format `ladder import` reads back. */
export const GET: APIRoute = async () =>
	new Response(ladderToCsv(await getLadder()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });

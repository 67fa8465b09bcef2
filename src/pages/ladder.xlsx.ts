import type { APIRoute } from 'astro';
import { getLadderFiles } from '../content.ts';
import { ladderToWorkbook } from '../io/workbook-export.ts';

/** The whole ladder as a workbook, in the format `ladder import` reads back. */
export const GET: APIRoute = async () =>
	new Response(await ladderToWorkbook(await getLadderFiles()), {
		headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
	});

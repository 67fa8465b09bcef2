import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadLadder } from '../model/files/load.ts';
import { LadderError, WHOLE_FILE } from '../model/files/problems.ts';
import { parseWithProblems } from '../model/files/schema-problems.ts';
import { CONTENT_LAYOUT } from '../model/files/read-content.ts';
import { TrackSchema } from '../schemas/ladder.ts';
import { writeInFolder } from './content-copy.ts';
import { rewriteYaml } from './yaml-in-place.ts';

/**
 * `ladder new track`: adds a track to `ladder.yaml`, after the others, changing nothing else in the
 * file (`yaml-in-place.ts`). Refuses an id that exists and areas the ladder does not have; the
 * ladder must be valid first, and is valid after.
 */
export function newTrack(dir: string, options: { id: string; name: string | undefined; areas: string | undefined }): string {
	const file = join(dir, CONTENT_LAYOUT.ladder);
	const refuse = (field: string, message: string) => new LadderError([{ file, field, message }]);
	const { ladder } = loadLadder(dir, { rolesOptional: true });
	if (ladder.tracks.some((track) => track.id === options.id)) throw refuse(WHOLE_FILE, `a track with the id "${options.id}" exists already; choose another id`);
	const areas = options.areas?.split(',').map((area) => area.trim()).filter(Boolean);
	const track = { id: options.id, name: options.name ?? titleOf(options.id), ...(areas && areas.length > 0 ? { areas } : {}) };
	const { problems } = parseWithProblems(TrackSchema, track, file);
	if (problems.length > 0) throw new LadderError(problems.map((problem) => ({ ...problem, field: `--${problem.field}` })));
	const unknown = (areas ?? []).filter((area) => !ladder.areas.some((known) => known.id === area));
	if (unknown.length > 0) throw refuse('--areas', `unknown area${unknown.length > 1 ? 's' : ''} ${unknown.map((area) => `"${area}"`).join(', ')}; the areas are: ${ladder.areas.map((area) => area.id).join(', ')}`);
	const text = readFileSync(file, 'utf8');
	const data = parse(text) as { tracks: unknown[] };
	writeInFolder(file, rewriteYaml(text, { ...data, tracks: [...data.tracks, track] }));
	return file;
}

function titleOf(id: string): string {
	const words = id.split('-').join(' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

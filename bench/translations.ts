/**
 * The translations section of `npm run bench`: the same generated ladder built in its own language
 * only, and with one translation (every other field translated, from a release), in this run. The
 * figure that matters is the time per page: a translation adds a site's worth of pages, and the
 * build should grow no more than in proportion to them.
 */
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { release } from '../src/cli/release.ts';
import { ladderToJson } from '../src/io/ladder-json.ts';
import { loadLadder } from '../src/model/files/load.ts';
import { originalFields } from '../src/translations/fields.ts';
import { projectCopy } from '../tests/support/project-copy.ts';
import { timedBuild, type BuildFigures } from './build.ts';
import { generateLadder, realVocabulary } from './generate-ladder.ts';

export function measureTranslatedBuild(work: string, roles: number, competencies: number): { original: BuildFigures; translated: BuildFigures; fields: number; translatedFields: number } {
	const content = join(work, `translated-${roles}`);
	generateLadder(content, { roles, competencies, tracks: 5, levels: 6, criteria: true, vocabulary: realVocabulary() });
	release(content, 'v1', '2026-01-01');
	// Every other field "translated": its words reversed, so the pages differ as a translation's would.
	const fields = originalFields(ladderToJson(loadLadder(content).ladder));
	const translation: Record<string, unknown> = { translatedFrom: 'v1' };
	let translated = 0;
	fields.forEach(({ path, text }, index) => {
		if (index % 2 === 1) return;
		translated++;
		let node = translation;
		for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
		node[path.at(-1)!] = typeof text === 'string' ? text.split(' ').reverse().join(' ') : [...text];
	});
	const project = projectCopy();
	try {
		const run = (name: string) => timedBuild(project, join(work, `translated-dist-${name}`), { LADDER_CONTENT_DIR: content, LADDER_CACHE_DIR: join(work, `translated-cache-${name}`) });
		const original = run('original');
		mkdirSync(join(content, 'translations'), { recursive: true });
		writeFileSync(join(content, 'translations', 'fr.yaml'), stringify(translation, { lineWidth: 0 }));
		appendFileSync(join(content, 'ladder.yaml'), '\ntranslations: [fr]\n');
		return { original, translated: run('translated'), fields: fields.length, translatedFields: translated };
	} finally {
		rmSync(project, { recursive: true, force: true });
	}
}

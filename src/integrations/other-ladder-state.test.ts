import { describe, expect, test } from 'vitest';
import { otherLadderFiles } from './other-ladder-state.ts';

const ROOT = '/work/project';

/** A data store as Astro writes it (with `devalue`): one array, each object holding indexes. */
function store(...paths: string[]) {
	const values: unknown[] = [['Map', 1, 2], 'roles', ['Map', ...paths.flatMap((_, i) => [3 + i * 3, 4 + i * 3])]];
	paths.forEach((path, i) => values.push(`role-${i}`, { id: 3 + i * 3, data: 0, filePath: 5 + i * 3 }, path));
	return JSON.stringify(values);
}

/** A list of role bodies as Astro writes it. */
function modules(...paths: string[]) {
	const lines = paths.map((path) => `[${JSON.stringify(path)}, () => import(${JSON.stringify(`astro:content-layer-deferred-module?fileName=${encodeURIComponent(path)}`)})]`);
	return `\nexport default new Map([\n${lines.join(',\n')}]);\n\t\t`;
}

describe('otherLadderFiles', () => {
	test('names nothing while the state holds only this ladder’s files', () => {
		expect(otherLadderFiles('data-store.json', store('content/roles/a.mdx', 'content/competencies/craft.yaml', 'src/content/i18n/en.json'), ROOT, 'content')).toEqual([]);
		expect(otherLadderFiles('content-modules.mjs', modules('content/roles/a.mdx', 'content/roles/b.mdx'), ROOT, `${ROOT}/content`)).toEqual([]);
	});

	test('names the files of another ladder, in either file', () => {
		expect(otherLadderFiles('data-store.json', store('content/roles/a.mdx', '../../tmp/other/roles/x.mdx'), ROOT, 'content')).toEqual(['../../tmp/other/roles/x.mdx']);
		expect(otherLadderFiles('content-modules.mjs', modules('../../tmp/other/roles/x.mdx'), ROOT, 'content')).toEqual(['../../tmp/other/roles/x.mdx']);
	});

	test('a folder whose name starts with the ladder’s is another ladder', () => {
		expect(otherLadderFiles('content-modules.mjs', modules('content-big/roles/x.mdx'), ROOT, 'content')).toEqual(['content-big/roles/x.mdx']);
	});

	test('a file caught halfway through its writing names nothing', () => {
		expect(otherLadderFiles('data-store.json', store('../other/roles/x.mdx').slice(0, 40), ROOT, 'content')).toEqual([]);
		expect(otherLadderFiles('content-modules.mjs', 'export default new Map();', ROOT, 'content')).toEqual([]);
	});
});

import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exportTarget } from './export-target.ts';

describe('export --out', () => {
	const root = realpathSync(mkdtempSync(join(tmpdir(), 'export-target-')));
	const content = join(root, 'content');
	mkdirSync(join(content, 'roles'), { recursive: true });
	writeFileSync(join(content, 'ladder.yaml'), 'name: x');
	symlinkSync(content, join(root, 'into-content'));
	symlinkSync(join(content, 'ladder.yaml'), join(root, 'ladder-link.json'));

	test('writes outside the ladder’s folder, to the real path', () => {
		expect(exportTarget(join(root, 'ladder.json'), content)).toBe(join(root, 'ladder.json'));
	});

	test.each([
		['a path inside it', () => join(content, 'ladder.yaml')],
		['a path through a linked folder', () => join(root, 'into-content', 'roles', 'x.json')],
		['a link to one of its files', () => join(root, 'ladder-link.json')],
	])('refuses %s', (_, out) => {
		expect(() => exportTarget(out(), content)).toThrow(/is inside the ladder's folder .*: write the export elsewhere/);
	});

	test('refuses a link that leads to no file yet, wherever it points, and writes nothing', () => {
		const dangling = join(root, 'dangling.json');
		symlinkSync(join(content, 'roles', 'new.mdx'), dangling);
		expect(() => exportTarget(dangling, content)).toThrow(/is a symbolic link to .*roles\/new.mdx, which does not exist: write the export to a plain path/);
	});

	test('refuses a folder that does not exist', () => {
		expect(() => exportTarget(join(root, 'nowhere', 'x.csv'), content)).toThrow(/does not exist; create it first/);
	});
});

import { cpSync, lstatSync, mkdirSync, mkdtempSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { importSheet } from '../../src/cli/import-sheet.ts';
import { ladderToCsv } from '../../src/io/csv-export.ts';
import { loadLadder } from '../../src/model/files/load.ts';
import { SITES } from '../support/sites.ts';

test('import leaves a link inside content/ as the link it was, relative', () => {
	const dir = join(mkdtempSync(join(tmpdir(), 'import-links-')), 'content');
	cpSync(SITES.design.contentDir, dir, { recursive: true });
	mkdirSync(join(dir, 'docs'));
	writeFileSync(join(dir, 'docs', 'inside.md'), '---\ntitle: Inside\n---\n\nText.\n');
	symlinkSync('inside.md', join(dir, 'docs', 'alias.md'));
	const sheet = join(dir, '..', 'matrix.csv');
	writeFileSync(sheet, ladderToCsv(loadLadder(dir).ladder).replace(',Design Manager,', ',Design Lead,'));

	importSheet(dir, sheet, { progress: () => {}, dryRun: false, force: true });

	expect(loadLadder(dir).ladder.roles.map((role) => role.title)).toContain('Design Lead');
	expect(lstatSync(join(dir, 'docs', 'alias.md')).isSymbolicLink()).toBe(true);
	expect(readlinkSync(join(dir, 'docs', 'alias.md'))).toBe('inside.md');
});

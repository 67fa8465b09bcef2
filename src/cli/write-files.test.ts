import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readYamlData, writeRoleData, writeYamlData } from './write-files.ts';

const AREA = `name: Craft
competencies:
  # The first one.
  - id: coding
    name: Coding
    levels:
      basic: >-
        Writes code, folded over
        two lines.
      good: Ships features.   # a comment on a line
  - id: testing
    name: Testing
    levels: { basic: 'Tests it.' }
`;

describe('the one writer of imports', () => {
	test('changes one value of one item of a list in place, and keeps every other byte', () => {
		const file = join(mkdtempSync(join(tmpdir(), 'write-files-')), 'craft.yaml');
		writeFileSync(file, AREA);
		const data = readYamlData(file)!;
		const competencies = data['competencies'] as Record<string, Record<string, unknown>>[];
		competencies[1]!['levels'] = { basic: 'Tests it first.' };

		expect(writeYamlData(file, data)).toEqual(['testing.levels.basic']);
		expect(readFileSync(file, 'utf8')).toBe(AREA.replace("'Tests it.'", "'Tests it first.'"));
	});

	test('adds items at the end of a list without touching the others, and names them', () => {
		const file = join(mkdtempSync(join(tmpdir(), 'write-files-')), 'craft.yaml');
		writeFileSync(file, AREA);
		const data = readYamlData(file)!;
		(data['competencies'] as unknown[]).push({ id: 'design', name: 'Design', levels: { basic: 'Sketches.' } });

		expect(writeYamlData(file, data)).toEqual(['design']);
		expect(readFileSync(file, 'utf8').startsWith(AREA)).toBe(true);
	});

	test('writes a role file’s frontmatter and body, and nothing when nothing differs', () => {
		const file = join(mkdtempSync(join(tmpdir(), 'write-files-')), 'maker.mdx');
		expect(writeRoleData(file, { title: 'Maker', track: 'maker', grade: 1 })).toEqual(['(new role)']);
		expect(writeRoleData(file, { title: 'Maker', track: 'maker', grade: 1 })).toEqual([]);
		expect(writeRoleData(file, { title: 'Maker', track: 'maker', grade: 2 }, 'Prose.\n')).toEqual(['grade', 'body']);
		expect(readFileSync(file, 'utf8')).toBe('---\ntitle: Maker\ntrack: maker\ngrade: 2\n---\nProse.\n');
	});
});

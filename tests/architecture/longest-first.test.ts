import { existsSync } from 'node:fs';
import { expect, test } from 'vitest';
import { LONGEST } from '../support/longest-first.ts';

// A file renamed or removed would quietly lose its place at the front of a fresh clone's run.
test('every file the sequencer starts first is there', () => {
	expect(LONGEST.filter((file) => !existsSync(file))).toEqual([]);
});

import { describe, expect, test } from 'vitest';
import { toLevelDescriptor } from '../model/ladder/criteria.ts';
import type { LevelDescriptorData } from '../schemas/competency-area.ts';
import { readLevelCell, writeLevelCell } from './criteria-cell.ts';

const roundTrip = (data: LevelDescriptorData) => readLevelCell(writeLevelCell(toLevelDescriptor(data, 'c', 'l', new Set())));

describe('a level in one spreadsheet cell', () => {
	test('writes a list one criterion per line, examples indented beneath, written ids at the end', () => {
		const cell = writeLevelCell(
			toLevelDescriptor(['Helps new joiners.', { text: 'Runs onboarding.', id: 'runs-onboarding', examples: ['Rewrote the guide.', 'Paired daily.'] }], 'c', 'l', new Set(['runs-onboarding'])),
		);
		expect(cell).toBe('- Helps new joiners.\n- Runs onboarding. {#runs-onboarding}\n  - Rewrote the guide.\n  - Paired daily.');
	});

	test('reads back every shape as content writes it', () => {
		const shapes: LevelDescriptorData[] = [
			'One descriptor, with `code` and a [link](https://example.com).',
			['A list of one.'],
			['First.', { text: 'Second.', id: 'second' }, { text: 'Third.', examples: ['An example.'] }, { text: 'Fourth.', id: 'fourth', examples: ['A.', 'B.'] }],
			'- a descriptor that looks like a list',
			'\\- one that starts with a backslash',
			'Two lines,\n- the second looks like a list item.',
			['- a criterion that starts like a list item', 'Two lines,\n- the second looks like a list item.', { text: 'x', examples: ['* an example that looks like one', 'two\nlines'] }],
		];
		for (const shape of shapes) expect(roundTrip(shape)).toEqual(shape);
	});

	test('accepts `* ` as a criterion marker and treats an empty cell as no descriptor', () => {
		expect(readLevelCell('* One.\n* Two.\n    * An example.')).toEqual(['One.', { text: 'Two.', examples: ['An example.'] }]);
		expect(readLevelCell('  \n ')).toBeUndefined();
	});
});

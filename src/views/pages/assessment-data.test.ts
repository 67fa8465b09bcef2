import { describe, expect, test } from 'vitest';
import { makeArea, makeLadder, makeRole, makeSource } from '../../../tests/support/ladder-builders.ts';
import { assessmentData } from './assessment-data.ts';

describe('the assessment data', () => {
	const withDescriptor = (text: string) => {
		const ladder = makeLadder(makeSource({ areas: { craft: makeArea(['building']) }, roles: { maker: makeRole({ expectations: { building: 'basic' } }) } }));
		// The check refuses a definition in a descriptor; this is the second line, for text that reached the model anyway.
		const criterion = ladder.competencies[0]!.descriptors.get('basic')!.criteria[0]!;
		(criterion as { text: string }).text = text;
		return assessmentData(ladder, 'unreleased').competencies['building']!.levels['basic']![0]!;
	};

	test('carries a descriptor’s Markdown for the pack where its links are the web’s or the site’s own', () => {
		expect(withDescriptor('Writes [tests](https://example.com/t) *well*\nand more')).toEqual({
			key: 'building/basic',
			text: 'Writes tests well\nand more',
			phrasing: [
				{ type: 'text', value: 'Writes ' },
				{ type: 'link', url: 'https://example.com/t', title: null, children: [{ type: 'text', value: 'tests' }] },
				{ type: 'text', value: ' ' },
				{ type: 'emphasis', children: [{ type: 'text', value: 'well' }] },
				{ type: 'text', value: ' and more' },
			],
		});
	});

	test.each([
		['a reference definition', '*See* [the guide][g].\n[g]: javascript:alert(1)'],
		['a definition on the first line', '[g]: javascript:alert(1) "*t*"'],
		['raw HTML', 'Writes <b>bold</b> *code*'],
		['a javascript: link', 'Writes [code](javascript:alert(1)) *well*'],
	])('leaves out the Markdown of a descriptor holding %s: the pack then writes it as escaped text', (_, text) => {
		expect(withDescriptor(text)).not.toHaveProperty('phrasing');
	});
});

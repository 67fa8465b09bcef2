import { describe, expect, test } from 'vitest';
import { repeats } from './repetition.ts';
import { plainWords } from './review.ts';
import { wordingFindings, type TextKind } from './wording.ts';

const rules = (text: string, kind: TextKind = 'criterion') => wordingFindings(plainWords(text), kind).map((finding) => `${finding.rule}${finding.severity ? `:${finding.severity}` : ''}`);

describe('the wording rules', () => {
	test.each([
		['Can write tests.', ['ability-phrasing']],
		['Is able to lead an incident.', ['ability-phrasing']],
		['Able to lead an incident.', ['ability-phrasing']],
		['Understands the system.', ['ability-phrasing']],
		['Has knowledge of the domain.', ['ability-phrasing']],
		['Is aware of the risks.', ['ability-phrasing']],
		['Knows the scheme and follows it.', ['ability-phrasing:hint']],
		['Understands the system and its limits.', ['ability-phrasing']],
		['Simply deploys it.', ['trivialising-word']],
		['Obviously writes tests.', ['trivialising-word']],
		['Fixes bugs easily.', ['trivialising-word']],
		['Of course reviews code.', ['trivialising-word']],
		['Probably reviews code.', ['hedge-word']],
		['Writes quite good tests.', ['hedge-word']],
		['Has 5+ years in backend work.', ['years-of-experience']],
		['Brings three years of experience.', ['years-of-experience']],
		['With at least 2 years in the role, leads it.', ['years-of-experience']],
		['Requires 8-10 years of progressive software development experience.', ['years-of-experience']],
		['A passionate engineer.', ['personality-trait']],
		['A rockstar on call.', ['personality-trait']],
		['Helps his peers.', ['gendered-language']],
		['Plans the manpower of a project.', ['gendered-language']],
		['Writes **simply** put docs.', ['trivialising-word']],
		['One. Two. Three.', ['long-criterion']],
	])('%s → %j', (text, expected) => {
		expect(rules(text)).toEqual(expected);
	});

	test.each([
		'Canary releases every change.',
		'Candidly shares progress.',
		'Justifies decisions.',
		'Knowledge-sharing sessions are run by them.',
		'Deploys to Heroku.',
		'Shepherds the migration.',
		'Makes the service easy to change.',
		'Documents not just the columns but the tables.',
		'Keeps 7 years of audit history.',
		'Writes pretty-printed logs.',
		'Gives compassionate reviews.',
		'Writes [the guide](https://example.com/he/she/guide).',
		'Writes tests, e.g. for edge cases, i.e. the rare ones.',
	])('%s → nothing', (text) => {
		expect(rules(text)).toEqual([]);
	});

	test('only criteria are read for abilities and length; every text for words', () => {
		expect(rules('Can write tests. He does.', 'note')).toEqual(['gendered-language']);
		expect(rules('Can write tests.', 'prose')).toEqual([]);
	});
});

describe('repeats across levels', () => {
	const at = (levelId: string, ...texts: string[]) => texts.map((words, index) => ({ levelId, index, words }));

	test('finds the same words, and nearly the same, at a later level, with the difference', () => {
		const found = repeats([at('l1', 'Writes tests.', 'Designs a module with a senior engineer.'), at('l2', 'writes  TESTS', 'Designs a module with a staff engineer.', 'Leads a team.')]);
		expect(found.map((repeat) => [repeat.kind, repeat.later.words, repeat.earlier.words])).toEqual([
			['repeated', 'writes  TESTS', 'Writes tests.'],
			['near', 'Designs a module with a staff engineer.', 'Designs a module with a senior engineer.'],
		]);
		expect(found[1]!.difference).toBe('Designs a module with a [-senior-]{+staff+} engineer.');
	});
});

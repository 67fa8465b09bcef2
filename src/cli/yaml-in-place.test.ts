import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { rewriteYaml } from './yaml-in-place.ts';

const AREA = `# The craft of building.
name: Craft   # shown on the site
description: >-
  What building well means here, folded
  over two lines by its author.
competencies:
  - id: coding
    name: "Coding"
    levels:
      one: >-
        Writes code that works, folded
        at the author's width.
      two: |-
        Writes code others can change.
        Literal, two lines.
      three: 'Single quoted'
    labels: { one: Learning, two: "Doing" }

  - id: testing
    name: Testing
    levels:
      one: Writes a test.
      two:
        - Writes tests first.
        - id: reviews
          text: Reviews tests.
`;

/** The data of `text`, changed by `edit`. */
function edited(text: string, edit: (data: any) => void): unknown {
	const data = parse(text);
	edit(data);
	return data;
}

/** The lines of `after` that are not in `before`, and the lines of `before` that are gone. */
function diffLines(before: string, after: string): { added: string[]; removed: string[] } {
	const a = before.split('\n');
	const b = after.split('\n');
	return { added: b.filter((line) => !a.includes(line)), removed: a.filter((line) => !b.includes(line)) };
}

function check(text: string, edit: (data: any) => void): { text: string; added: string[]; removed: string[] } {
	const data = edited(text, edit);
	const written = rewriteYaml(text, data);
	expect(parse(written)).toEqual(data);
	return { text: written, ...diffLines(text, written) };
}

describe('rewriteYaml changes only what differs', () => {
	test('the same data gives the same bytes', () => {
		expect(rewriteYaml(AREA, parse(AREA))).toBe(AREA);
	});

	test('a plain value deep inside: that line only, folded blocks and comments elsewhere untouched', () => {
		const { added, removed } = check(AREA, (d) => (d.competencies[1].levels.one = 'Writes a useful test.'));
		expect(removed).toEqual(['      one: Writes a test.']);
		expect(added).toEqual(['      one: Writes a useful test.']);
	});

	test('a folded block stays folded, at its indentation and about its width', () => {
		const { added, removed, text } = check(AREA, (d) => (d.competencies[0].levels.one = 'Writes code that works and that a reviewer can follow without asking, folded again.'));
		expect(removed).toEqual(['        Writes code that works, folded', "        at the author's width."]);
		expect(added.every((line) => line.startsWith('        ') && line.length <= 8 + 40)).toBe(true);
		expect(text).toContain('      one: >-\n        Writes code that works');
	});

	test('a literal block stays literal; quoted values keep their quotes', () => {
		const { added, removed } = check(AREA, (d) => {
			d.competencies[0].levels.two = 'Writes code others can change.\nLiteral, three lines.\nThird.';
			d.competencies[0].levels.three = "Single's quoted";
			d.competencies[0].name = 'Coding well';
		});
		expect(removed.sort()).toEqual(['        Literal, two lines.', '    name: "Coding"', "      three: 'Single quoted'"].sort());
		expect(added.sort()).toEqual(['        Literal, three lines.', '        Third.', '    name: "Coding well"', "      three: 'Single''s quoted'"].sort());
	});

	test('a value in a flow map is changed in the flow map; a key added to one writes it again, in flow', () => {
		expect(check(AREA, (d) => (d.competencies[0].labels.two = 'Doing, well')).added).toEqual(['    labels: { one: Learning, two: "Doing, well" }']);
		expect(check(AREA, (d) => (d.competencies[0].labels.three = 'Leading')).added).toEqual(['    labels: { one: Learning, two: Doing, three: Leading }']);
	});

	test('a key added to a block map comes after the others, at their indentation; a key removed takes its lines with it', () => {
		const added = check(AREA, (d) => (d.competencies[1].description = 'How tests are written.'));
		expect(added.added).toEqual(['    description: How tests are written.']);
		expect(added.text).toContain('        text: Reviews tests.\n    description: How tests are written.\n');
		const removed = check(AREA, (d) => delete d.description);
		expect(removed.removed).toEqual(['description: >-', '  What building well means here, folded', '  over two lines by its author.']);
		expect(removed.added).toEqual([]);
	});

	test('a level becomes a level with a note, and back', () => {
		const role = 'title: Maker\nexpectations:\n  coding: one   # the first\n  testing: two\n';
		const withNote = check(role, (d) => (d.expectations.coding = { level: 'two', note: 'Leads the reviews.' }));
		expect(withNote.text).toBe('title: Maker\nexpectations:\n  coding:\n    level: two\n    note: Leads the reviews.   # the first\n  testing: two\n');
		const back = check(withNote.text, (d) => (d.expectations.coding = 'one'));
		expect(back.text).toBe('title: Maker\nexpectations:\n  coding: one\n  testing: two\n');
	});

	test('a list keeps the items that stayed: one added at the end, one removed, one put between', () => {
		expect(check(AREA, (d) => d.competencies[1].levels.two.push('Pairs on tests.')).added).toEqual(['        - Pairs on tests.']);
		expect(check(AREA, (d) => d.competencies[1].levels.two.shift()).removed).toEqual(['        - Writes tests first.']);
		const between = check(AREA, (d) => d.competencies.splice(1, 0, { id: 'design', name: 'Design', levels: { one: 'Draws.' } }));
		expect(between.removed).toEqual([]);
		expect(between.text).toContain("  - id: design\n    name: Design\n    levels:\n      one: Draws.\n  - id: testing\n");
	});

	test('a list or map emptied reads back empty, not as nothing', () => {
		check(AREA, (d) => (d.competencies[1].levels.two = []));
		check(AREA, (d) => (d.competencies[0].levels = {}));
	});

	test('a list inside a flow map that becomes text with a comma stays one value', () => {
		expect(check('levels: { one: [a, b], two: x }\n', (d) => (d.levels.one = 'p, q')).text).toBe('levels: { one: "p, q", two: x }\n');
	});

	test('a file without a line break at its end, and a key with no value', () => {
		expect(check('title: Maker\nsummary:', (d) => (d.summary = 'Makes.')).text).toBe('title: Maker\nsummary: Makes.');
		expect(check('title: Maker', (d) => (d.grade = 2)).text).toBe('title: Maker\ngrade: 2\n');
	});

	test('text that needs quoting or a block is written so that it reads back as it is', () => {
		for (const text of ['- looks like a list', 'a: b', '#hash', 'yes', '12', ' leading space', 'two\nlines', 'trailing space ', "it's", '"quoted"', 'x'.repeat(300)]) {
			check(AREA, (d) => (d.competencies[1].levels.one = text));
			check(AREA, (d) => (d.competencies[0].levels.one = text));
			check(AREA, (d) => (d.competencies[0].labels.one = text));
		}
	});
});

import { describe, expect, test } from 'vitest';
import { newAssessment, readAssessment, typedName, type Assessment, type Rating } from './document.ts';
import { sinceCycle } from './history.ts';
import { ASSESSMENT_DATA } from '../../tests/support/assessment-data.ts';
import { gapItems, roleItems, staleRatings, type AssessmentData } from './items.ts';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { link, text } from '../io/markdown-tree.ts';
import { promotionPack } from './pack.ts';
import { decodeAssessment, encodeAssessment } from './share-link.ts';
import { standing } from './standing.ts';

/** The panel's words, in English. */
const WORDS = ASSESSMENT_DATA.words;

const LINKS = { site: 'https://acme.example/ladder/', role: 'https://acme.example/ladder/roles/junior/' };

const data = ASSESSMENT_DATA;

const rated = (ratings: Assessment['ratings']): Assessment => ({ ...newAssessment('Test ladder', 'senior'), ratings });

describe('assessment items', () => {
	test('are a role’s criteria, or its competency where the level has one descriptor, keyed by id', () => {
		expect(roleItems(data, 'senior').map((item) => [item.key, item.competency, item.level])).toEqual([
			['coding/two/tests', 'Coding', 'Two'],
			['coding/two/reviews', 'Coding', 'Two'],
			['mentoring/two', 'Mentoring', 'Two'],
		]);
	});

	test('the gap to a target is what it expects higher or newly, not what both expect alike', () => {
		expect(gapItems(data, 'junior', 'senior').map((item) => item.key)).toEqual(['coding/two/tests', 'coding/two/reviews', 'mentoring/two']);
		expect(gapItems(data, 'senior', 'junior')).toEqual([]);
	});

	test('a rating whose words changed is flagged, one whose item is gone is kept apart', () => {
		const assessment = rated({
			'coding/two/tests': { rating: 'consistently', text: 'Writes tests.' },
			'coding/two/reviews': { rating: 'sometimes', text: 'Reviews code, kindly.' },
			'coding/two/old': { rating: 'not-yet', text: 'Something removed.' },
		});
		const { changed, gone } = staleRatings(assessment, roleItems(data, 'senior'));
		expect([...changed]).toEqual(['coding/two/reviews']);
		expect(gone).toEqual([['coding/two/old', { rating: 'not-yet', text: 'Something removed.' }]]);
	});
});

describe('where you stand', () => {
	test('counts each rating per area, and scales the expected level by how far its items are met', () => {
		const ratings = {
			'coding/two/tests': { rating: 'consistently' as const, text: '' },
			'coding/two/reviews': { rating: 'sometimes' as const, text: '' },
			'mentoring/two': { rating: 'not-applicable' as const, text: '' },
		};
		const [craft, people] = standing(data, 'senior', roleItems(data, 'senior'), ratings);
		expect(craft).toMatchObject({ name: 'Craft', items: 2, counts: { consistently: 1, sometimes: 1, unrated: 0 }, expected: 2, yours: 1.5 });
		// Not applicable leaves the item out, rather than counting it as unmet.
		expect(people).toMatchObject({ name: 'People', counts: { 'not-applicable': 1 }, expected: 2, yours: 2 });
	});
});

describe('the assessment document', () => {
	test('goes through a share link and back unchanged', async () => {
		const assessment = rated({ 'coding/two/tests': { rating: 'consistently', evidence: 'Ünïcode, <b>markup</b> & "quotes".\nTwo lines.', text: 'Writes tests.' } });
		const encoded = await encodeAssessment(assessment);
		expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(await decodeAssessment(encoded, WORDS)).toEqual({ assessment });
		expect(await decodeAssessment(encoded.slice(0, 20), WORDS)).toHaveProperty('problem');
	});

	test('refuses a link that would unpack past the bound, without unpacking the rest', async () => {
		// 12 MB of one letter packs into about 12 KB; a link of 1.3 MB would unpack to a gigabyte.
		const huge = JSON.stringify({ ...rated({}), ladder: 'a'.repeat(12 * 1024 * 1024) });
		const stream = new Blob([huge]).stream().pipeThrough(new CompressionStream('deflate-raw'));
		const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
		const encoded = btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join('')).replaceAll('+', '-').replaceAll('/', '_');

		expect(await decodeAssessment(encoded, WORDS)).toEqual({ problem: expect.stringMatching(/^This link unpacks to more than 8 MB, far more than any assessment/) });
	}, 20_000);

	test('refuses an assessment of more ratings than any role has items, saying so', async () => {
		const ratings = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`x/one/c${i}`, { rating: 'not-yet' as const, text: 'x' }]));
		const encoded = await encodeAssessment(rated(ratings));

		expect(await decodeAssessment(encoded, WORDS)).toEqual({ problem: expect.stringMatching(/^This assessment holds 100,000 ratings, more than any role has items/) });
	}, 20_000);

	test('refuses what is not JSON, not an assessment, or a damaged one, saying which', () => {
		expect(readAssessment('{', WORDS)).toEqual({ problem: 'This is not a JSON file.' });
		expect(readAssessment('{"name": "x"}', WORDS)).toEqual({ problem: 'This JSON file is not an assessment exported from this site.' });
		const damaged = JSON.stringify({ ...rated({}), ratings: { a: { rating: 'great', text: '' } } });
		expect(readAssessment(damaged, WORDS)).toEqual({ problem: expect.stringContaining('at ratings.a.rating') });
	});

	test('prints as a promotion pack with every item, its rating and evidence, and the gap', () => {
		const assessment = { ...rated({ 'coding/two/tests': { rating: 'consistently' as const, evidence: 'Added the contract tests.', text: 'Writes tests.' } }), role: 'junior', target: 'senior' };
		const pack = promotionPack(data, assessment, roleItems(data, 'junior'), gapItems(data, 'junior', 'senior'), LINKS);
		expect(pack).toContain('# Junior: self-assessment');
		expect(pack).toContain('- Writes code.\n  - Rating: **not rated**');
		expect(pack).toContain('## Beyond this role: what Senior expects');
		expect(pack).toContain('- Writes tests.\n  - Rating: **Consistently**\n  - Evidence: Added the contract tests.');
	});

	test('links back to the role, the target and the release rated against, and counts per area and for the gap', () => {
		const assessment = { ...rated({ 'coding/two/tests': { rating: 'consistently' as const, text: 'Writes tests.' }, 'coding/one': { rating: 'sometimes' as const, text: 'Writes code.' } }), role: 'junior', target: 'senior', release: '2026-h1' };

		const pack = promotionPack(data, assessment, roleItems(data, 'junior'), gapItems(data, 'junior', 'senior'), LINKS);

		expect(pack).toContain('- Role: [Junior](https://acme.example/ladder/roles/junior/)');
		expect(pack).toContain('- Target: [Senior](https://acme.example/ladder/roles/senior/)');
		expect(pack).toContain('- Rated against: [release 2026-h1](https://acme.example/ladder/changes/#2026-h1)');
		expect(pack).toContain('| Area | Items | Not yet | Sometimes | Consistently | Not applicable | Not rated |');
		expect(pack).toContain('| Craft | 1 | 0 | 1 | 0 | 0 | 0 |');
		expect(pack).toContain('| Gap to Senior | 3 | 0 | 0 | 1 | 0 | 2 |');
	});

	test("keeps a criterion's links, the site's own made absolute, since a pack is read away from the site", () => {
		const linked: AssessmentData = {
			...data,
			competencies: { ...data.competencies, coding: { ...data.competencies['coding']!, levels: { one: [{ key: 'coding/one', text: 'Writes code to the guide.', phrasing: [text('Writes code to '), link('/guides/style/#code', 'the guide'), text(' and '), link('https://rfc.example/1', 'RFC 1'), text('.')] }] } } },
		};

		const pack = promotionPack(linked, { ...rated({}), role: 'junior' }, roleItems(linked, 'junior'), [], LINKS);

		expect(pack).toContain('- Writes code to [the guide](https://acme.example/ladder/guides/style/#code) and [RFC 1](https://rfc.example/1).');
	});
});

describe('names and words that would be markup', () => {
	test('a name with line breaks or markup stays one line of text in the pack: no heading, row or definition of its own', () => {
		const assessment: Assessment = {
			...rated({ 'coding/two/tests': { rating: 'sometimes', evidence: 'Did it.\r\n[x]: javascript:alert(1)', text: 'Writes tests.' } }),
			name: 'Eve\n# Promoted',
			reviewer: { name: 'Sam\r| a | b |\u2028[g]: javascript:alert(1)', ratings: { 'coding/two/tests': { rating: 'consistently', text: 'Writes tests.' } } },
		};

		const pack = promotionPack(data, assessment, roleItems(data, 'senior'), [], LINKS);

		expect(pack.split('\n').filter((line) => /^#\s/.test(line))).toEqual(['# Eve # Promoted, Senior: self-assessment']);
		expect(pack).not.toMatch(/^\s*(?:[-*]\s+)?\[[a-z]\]:/m);
		expect(pack).toContain('  - Evidence: Did it. \\[x]: javascript:alert(1)');
		expect(pack).toContain('  - Sam | a | b | \\[g]: javascript:alert(1): **Consistently**');
		// Read back by a Markdown parser, the pack holds no link, definition or HTML but its own.
		const tree = fromMarkdown(pack);
		const kinds = new Set<string>();
		visit(tree, (node) => void kinds.add(node.type));
		expect([...kinds].filter((kind) => /definition|html|linkReference|image/.test(kind))).toEqual([]);
		expect(tree.children.filter((node) => node.type === 'heading' && node.depth === 1)).toHaveLength(1);
	});

	test('an item whose Markdown spans lines is written on one line', () => {
		const multiline: AssessmentData = {
			...data,
			competencies: { ...data.competencies, coding: { ...data.competencies['coding']!, levels: { one: [{ key: 'coding/one', text: 'Writes code. # Not a heading', phrasing: [text('Writes '), { type: 'emphasis', children: [text('code')] }, text('.\n# Not a heading')] }] } } },
		};

		const pack = promotionPack(multiline, { ...rated({}), role: 'junior' }, roleItems(multiline, 'junior'), [], LINKS);

		expect(pack).toContain('- Writes *code*. # Not a heading\n');
		expect(pack).not.toMatch(/^#+ Not a heading/m);
	});

	test('a name with a direction override or a line break is refused where a file or link comes in, and what a reader types is made one plain line', () => {
		for (const name of ['Eve \u202Eesrever', 'Eve\n# x']) {
			expect(readAssessment(JSON.stringify({ ...rated({}), name }), WORDS)).toEqual({ problem: expect.stringContaining('at name: holds a line break or an invisible direction override') });
			expect(readAssessment(JSON.stringify({ ...rated({}), reviewer: { name, ratings: {} } }), WORDS)).toEqual({ problem: expect.stringContaining('at reviewer.name') });
		}
		expect(typedName('  Eve \u202Eesrever\u2066 \n Smith ')).toBe('Eve esrever Smith');
	});
});

describe('cycles', () => {
	test('tells what moved up, what moved down, what was rated since, and what went to or from not applicable', () => {
		const items = roleItems(data, 'senior');
		const rating = (value: Rating['rating']): Rating => ({ rating: value, text: '' });
		const then = { 'coding/two/tests': rating('sometimes'), 'coding/two/reviews': rating('consistently'), 'mentoring/two': rating('not-applicable') };
		const now = { 'coding/two/tests': rating('consistently'), 'coding/two/reviews': rating('not-yet'), 'mentoring/two': rating('sometimes') };

		const since = sinceCycle(items, then, { ...now });

		expect(since.up.map((moved) => [moved.item.key, moved.from, moved.to])).toEqual([['coding/two/tests', 'sometimes', 'consistently']]);
		expect(since.down.map((moved) => moved.item.key)).toEqual(['coding/two/reviews']);
		expect(since.changed.map((moved) => moved.item.key)).toEqual(['mentoring/two']);
		expect(sinceCycle(items, {}, now).added).toHaveLength(3);
		expect(sinceCycle(items, now, now)).toEqual({ up: [], down: [], added: [], changed: [] });
	});

	test('travel in the document, and an older version without them is still read', () => {
		const withHistory = { ...rated({}), history: [{ name: '2026 H1 review', saved: '2026-06-30T10:00:00.000Z', release: '2026-h1', ratings: {} }] };

		expect(readAssessment(JSON.stringify(withHistory), WORDS)).toEqual({ assessment: withHistory });
		expect('assessment' in readAssessment(JSON.stringify({ ...rated({}), version: 2 }), WORDS)).toBe(true);
		expect(readAssessment(JSON.stringify({ ...withHistory, history: [{ name: 'x' }] }), WORDS)).toEqual({ problem: expect.stringContaining('at history.0') });
	});
});

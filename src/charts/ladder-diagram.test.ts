import { describe, expect, test } from 'vitest';
import { makeLadder, makeLadderFile, makeRole, makeSource } from '../../tests/support/ladder-builders.ts';
import { getTrack } from '../model/ladder/lookup.ts';
import { DIAGRAM_ROOM, diagramAsList, ladderDiagram, type DiagramBox } from './ladder-diagram.ts';

// Two makers at grade 1 side by side, a senior maker at 2, and a lead at 2 reached from both tracks.
const ladder = makeLadder(
	makeSource({
		roles: {
			maker: makeRole({ title: 'Maker', next: ['senior-maker', 'lead'] }),
			tester: makeRole({ title: 'Tester', next: ['senior-maker'] }),
			'senior-maker': makeRole({ title: 'Senior maker', grade: 2, next: ['principal'] }),
			principal: makeRole({ title: 'Principal', grade: 3 }),
			lead: makeRole({ title: 'Lead', track: 'lead', grade: 2, next: [] }),
			director: makeRole({ title: 'Director', track: 'lead', grade: 3 }),
		},
	}),
);

const byId = (boxes: DiagramBox[]) => Object.fromEntries(boxes.map((box) => [box.role.id, box]));

describe('ladderDiagram', () => {
	const diagram = ladderDiagram(ladder);
	const boxes = byId(diagram.boxes);

	test('puts tracks in columns, in the ladder order, and grades in rows, highest at the top', () => {
		expect(diagram.columns.map((c) => c.track.id)).toEqual(['maker', 'lead']);
		expect(diagram.rows.map((r) => r.grade)).toEqual([3, 2, 1]);
		expect(boxes['principal']!.y).toBeLessThan(boxes['senior-maker']!.y);
		expect(boxes['senior-maker']!.y).toBeLessThan(boxes['maker']!.y);
		expect(boxes['lead']!.y).toBe(boxes['senior-maker']!.y);
		expect(boxes['lead']!.x).toBeGreaterThan(boxes['senior-maker']!.x);
	});

	test('widens a track to its most crowded grade and centres the others', () => {
		const [maker, lead] = diagram.columns;
		expect(boxes['tester']!.x).toBe(boxes['maker']!.x + boxes['maker']!.width + 12);
		expect(maker!.width).toBe(2 * boxes['maker']!.width + 12);
		expect(boxes['senior-maker']!.x + boxes['senior-maker']!.width / 2).toBe(maker!.x + maker!.width / 2);
		expect(lead!.x).toBeGreaterThanOrEqual(maker!.x + maker!.width);
		expect(diagram.width).toBeGreaterThanOrEqual(lead!.x + lead!.width);
	});

	test('fits up to six tracks of one role a grade in the room of a desktop column, with narrower boxes and a line more', () => {
		const tracksOf = (count: number) => {
			const ids = Array.from({ length: count }, (_, index) => `track-${index + 1}`);
			const roles = Object.fromEntries(
				ids.flatMap((track) => [1, 2, 3].map((grade) => [`${track}-${grade}`, makeRole({ title: `Senior Engineering Manager ${grade}`, track, grade, next: [] })])),
			);
			return ladderDiagram(makeLadder(makeSource({ ladder: makeLadderFile({ tracks: ids.map((id) => ({ id, name: `Track ${id}`, description: 'A track.' })) }), roles })));
		};
		expect(diagram.boxes[0]!.width).toBe(148);
		expect(diagram.width).toBeLessThanOrEqual(DIAGRAM_ROOM);
		for (const count of [4, 5, 6]) {
			const many = tracksOf(count);
			expect(many.width, `${count} tracks`).toBeLessThanOrEqual(DIAGRAM_ROOM);
			expect(many.boxes[0]!.width).toBeGreaterThanOrEqual(80);
			expect(many.boxes.every((box) => !box.truncated)).toBe(true);
		}
		expect(tracksOf(9).width).toBeGreaterThan(DIAGRAM_ROOM);
	});

	test('keeps every box inside the diagram and apart from the others', () => {
		for (const a of diagram.boxes) {
			expect(a.x).toBeGreaterThanOrEqual(0);
			expect(a.x + a.width).toBeLessThanOrEqual(diagram.width);
			expect(a.y + a.height).toBeLessThanOrEqual(diagram.height);
			for (const b of diagram.boxes) {
				if (a === b) continue;
				const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
				expect(apart, `${a.role.id} and ${b.role.id} overlap`).toBe(true);
			}
		}
	});

	test('draws an arrow per next path, from the top of a role to the bottom of the one above', () => {
		expect(diagram.arrows.map((a) => `${a.fromId}>${a.toId}`)).toEqual(['maker>senior-maker', 'maker>lead', 'tester>senior-maker', 'senior-maker>principal']);
		const up = diagram.arrows.find((a) => a.toId === 'principal')!;
		const [start, end] = endsOf(up.path);
		const from = boxes['senior-maker']!;
		const to = boxes['principal']!;
		expect(start).toEqual({ x: from.x + from.width / 2, y: from.y });
		expect(end).toEqual({ x: to.x + to.width / 2, y: to.y + to.height });
	});

	test('spreads arrows that share an edge, in the order of the boxes they join', () => {
		const fromMaker = diagram.arrows.filter((a) => a.fromId === 'maker').map((a) => [a.toId, endsOf(a.path)[0].x]);
		const [toSenior, toLead] = [fromMaker.find(([id]) => id === 'senior-maker')![1] as number, fromMaker.find(([id]) => id === 'lead')![1] as number];
		expect(toSenior).toBeLessThan(toLead);
		const intoSenior = diagram.arrows.filter((a) => a.toId === 'senior-maker').map((a) => endsOf(a.path)[1].x);
		expect(new Set(intoSenior).size).toBe(2);
	});

	test('joins roles of one grade side to side', () => {
		const sideways = makeLadder(
			makeSource({ roles: { maker: makeRole({ next: ['lead'] }), lead: makeRole({ title: 'Lead', track: 'lead' }) } }),
		);
		const d = ladderDiagram(sideways);
		const { maker, lead } = byId(d.boxes);
		const [start, end] = endsOf(d.arrows[0]!.path);
		expect(start.x).toBe(maker!.x + maker!.width);
		expect(end.x).toBe(lead!.x);
	});

	test('takes an arrow that skips a grade round by the gutter, not behind the box between', () => {
		const skipping = makeLadder(
			makeSource({
				roles: {
					junior: makeRole({ title: 'Junior', next: ['senior', 'principal'] }),
					senior: makeRole({ title: 'Senior', grade: 2, next: ['principal'] }),
					principal: makeRole({ title: 'Principal', grade: 3 }),
				},
			}),
		);
		const d = ladderDiagram(skipping);
		const { senior } = byId(d.boxes);
		const [column] = d.columns;
		const skip = d.arrows.find((a) => a.fromId === 'junior' && a.toId === 'principal')!;
		const gutter = column!.x + column!.width + 16;

		expect(skip.path).toContain(` L${gutter} `);
		expect(gutter).toBeGreaterThan(senior!.x + senior!.width);
		expect(gutter).toBeLessThan(d.width);
		// Arrows between neighbouring grades stay straight.
		const straight = d.arrows.find((a) => a.fromId === 'senior' && a.toId === 'principal')!;
		expect(straight.path).not.toContain(' L');
		// The detour comes in from the gutter's side of the edge it shares, so the two do not cross.
		expect(endsOf(skip.path)[1].x).toBeGreaterThan(endsOf(straight.path)[1].x);
		expect(endsOf(skip.path)[0].x).toBeGreaterThan(endsOf(d.arrows.find((a) => a.toId === 'senior')!.path)[0].x);
	});

	test('arches an arrow under its row when a box stands between two roles of one grade', () => {
		const crowded = makeLadder(
			makeSource({
				roles: {
					a: makeRole({ title: 'A', next: ['c'] }),
					b: makeRole({ title: 'B' }),
					c: makeRole({ title: 'C' }),
				},
			}),
		);
		const d = ladderDiagram(crowded);
		const { a, c } = byId(d.boxes);
		const [start, end] = endsOf(d.arrows[0]!.path);

		expect(start.y).toBe(a!.y + a!.height);
		expect(end.y).toBe(c!.y + c!.height);
		expect(d.height).toBeGreaterThan(a!.y + a!.height + 20);
	});

	test('wraps long titles inside their box and says when one is cut short', () => {
		const long = makeLadder(makeSource({ roles: { maker: makeRole({ title: `A ${'very '.repeat(30)}long title` }) } }));
		const [box] = ladderDiagram(long).boxes;
		expect(box!.lines).toHaveLength(3);
		expect(box!.lines.at(-1)!.text).toMatch(/…$/);
		expect(box!.truncated).toBe(true);
		expect(boxes['senior-maker']!.truncated).toBe(false);
	});

	test('for a track, shows its roles and the roles its paths join, marking the track', () => {
		const focus = ladderDiagram(ladder, getTrack(ladder, 'lead'));
		expect(focus.boxes.map((b) => b.role.id).sort()).toEqual(['director', 'lead', 'maker']);
		expect(focus.columns.map((c) => [c.track.id, c.focus])).toEqual([
			['maker', false],
			['lead', true],
		]);
		expect(focus.arrows.map((a) => `${a.fromId}>${a.toId}`)).toEqual(['maker>lead']);
	});
});

describe('diagramAsList', () => {
	test('lists each track’s roles lowest grade first, with where each leads on the diagram', () => {
		const list = diagramAsList(ladder, ladderDiagram(ladder));
		expect(list.map((t) => [t.track.id, t.roles.map((r) => `${r.role.id}>${r.next.map((n) => n.id).join('+')}`)])).toEqual([
			['maker', ['maker>senior-maker+lead', 'tester>senior-maker', 'senior-maker>principal', 'principal>']],
			['lead', ['lead>', 'director>']],
		]);
	});
});

function endsOf(path: string): [{ x: number; y: number }, { x: number; y: number }] {
	const numbers = path.match(/-?[\d.]+/g)!.map(Number);
	return [
		{ x: numbers[0]!, y: numbers[1]! },
		{ x: numbers.at(-2)!, y: numbers.at(-1)! },
	];
}

describe('ladderDiagram text', () => {
	test('centres each title’s lines in its box, a line apart', () => {
		const long = makeLadder(makeSource({ roles: { maker: makeRole({ title: 'Senior Software Engineering Manager' }) } }));
		const [box] = ladderDiagram(long).boxes;
		const ys = box!.lines.map((line) => line.y);
		expect(box!.lines.map((line) => line.text)).toEqual(['Senior Software', 'Engineering Manager']);
		expect((ys[0]! + ys[1]!) / 2).toBe(box!.y + box!.height / 2);
		expect(ys[1]! - ys[0]!).toBe(16);
	});

	test('keeps track names above the first row and the focus band inside the diagram', () => {
		const diagram = ladderDiagram(ladder, getTrack(ladder, 'lead'));
		const firstRow = Math.min(...diagram.boxes.map((b) => b.y));
		for (const column of diagram.columns) {
			for (const line of column.lines) expect(line.y).toBeLessThan(firstRow);
			expect(column.band.x).toBeGreaterThan(0);
			expect(column.band.x + column.band.width).toBeLessThanOrEqual(diagram.width);
		}
	});
});

describe('long names', () => {
	test('a track name wraps over up to three lines before it is cut', () => {
		const name = 'Data engineering, digital and data profession';
		const long = makeLadder(
			makeSource({
				ladder: makeLadderFile({ tracks: [{ id: 'maker', name }, { id: 'lead', name: 'Lead' }] }),
				roles: { maker: makeRole({ title: 'Maker' }), lead: makeRole({ title: 'Lead', track: 'lead' }) },
			}),
		);
		const column = ladderDiagram(long).columns.find((one) => one.track.id === 'maker')!;

		expect(column.lines.length).toBe(3);
		expect(column.lines.map((line) => line.text).join(' ')).toBe(name);
	});
});

describe('a group’s diagram', () => {
	test('draws the roles of its tracks and the paths between them, none of another track', () => {
		const diagram = ladderDiagram(ladder, undefined, ['maker']);

		expect(diagram.boxes.map((box) => box.role.id).sort()).toEqual(['maker', 'principal', 'senior-maker', 'tester']);
		expect(diagram.columns.map((column) => column.track.id)).toEqual(['maker']);
		expect(diagram.arrows.map((arrow) => `${arrow.fromId}>${arrow.toId}`).sort()).toEqual(['maker>senior-maker', 'senior-maker>principal', 'tester>senior-maker']);
	});
});

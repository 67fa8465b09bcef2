import { getRole, getTrack } from '../model/ladder/lookup.ts';
import type { Ladder, Role, Track } from '../model/ladder/types.ts';
import { wrapText, type WrappedLine } from './wrap-text.ts';

/**
 * The ladder as a diagram: tracks as columns, grades as rows (highest at the top), a box per
 * role and an arrow per `next` path. Plain numbers in a viewBox; components only draw them.
 *
 * With a `focus` track, the diagram shows that track's roles and the roles its `next` paths lead
 * to or come from in other tracks, so a track page pictures its own ladder and its exits. Within
 * some tracks (a group's), it shows their roles and the paths between them.
 */
export function ladderDiagram(ladder: Ladder, focus?: Track, within?: readonly string[]): LadderDiagram {
	// `within`: the tracks of one group, whose diagram the home page shows in place of the whole ladder's.
	const roles = focus ? focusRoles(ladder, focus) : within ? ladder.roles.filter((role) => role.trackIds.some((id) => within.includes(id))) : ladder.roles;
	const included = new Set(roles.map((role) => role.id));
	// Where each role is drawn: in each of its tracks the diagram shows, so that a role tracks share
	// (the levels every speciality starts from) heads each of them. A track page draws its own
	// roles in its column and each other role once, in the first of its tracks.
	const columnsOf = (role: Role): string[] =>
		focus ? [role.trackIds.includes(focus.id) ? focus.id : role.trackId] : within ? role.trackIds.filter((id) => within.includes(id)) : role.trackIds;
	const tracks = ladder.tracks.filter((track) => roles.some((role) => columnsOf(role).includes(track.id)));
	const grades = [...new Set(roles.map((role) => role.grade))].sort((a, b) => b - a);

	// A track is as wide as its most crowded grade.
	const cells = new Map<string, Role[]>();
	for (const role of roles) {
		for (const trackId of columnsOf(role)) {
			const key = cellKey(trackId, role.grade);
			const cell = cells.get(key) ?? [];
			cell.push(role);
			cells.set(key, cell);
		}
	}
	const slotsOf = (track: Track) => Math.max(...grades.map((grade) => cells.get(cellKey(track.id, grade))?.length ?? 0));
	const { boxWidth, boxLines, trackGap, font } = boxSize(tracks.map(slotsOf));
	// An average glyph is about 0.55em wide in the theme's sans-serif fonts.
	const charsPerLine = (width: number) => Math.floor((width - 2 * BOX_PADDING) / (font * 0.55));
	const boxHeight = boxLines * LINE + 14;
	const trackWidth = (slots: number) => Math.max(1, slots) * boxWidth + Math.max(0, slots - 1) * SLOT_GAP;

	const headerLines = tracks.map((track) => wrapText(track.name, charsPerLine(trackWidth(slotsOf(track))), HEADER_LINES).lines);
	const header = Math.max(...headerLines.map((lines) => lines.length)) * LINE + HEADER_GAP;
	// Lines of text centred on `middle`, a line apart.
	const place = (lines: WrappedLine[], middle: number) => lines.map((line, index) => ({ ...line, y: middle + (index - (lines.length - 1) / 2) * LINE }));
	const rowY = (grade: number) => header + grades.indexOf(grade) * (boxHeight + ROW_GAP);

	const columns: DiagramColumn[] = [];
	// Role id → its boxes, one per column it is drawn in.
	const boxes = new Map<string, DiagramBox[]>();
	let x = AXIS;
	tracks.forEach((track, index) => {
		const width = trackWidth(slotsOf(track));
		const nameLines = headerLines[index] ?? [];
		// Track names sit on the header's floor, however many lines they take.
		const nameMiddle = header - HEADER_GAP - (nameLines.length * LINE) / 2;
		columns.push({
			track,
			x,
			width,
			lines: place(nameLines, nameMiddle),
			focus: track.id === focus?.id,
			band: { x: x - BAND, width: width + 2 * BAND },
		});
		for (const grade of grades) {
			const cell = cells.get(cellKey(track.id, grade)) ?? [];
			// Centre a sparse grade under a wider track.
			const offset = (width - trackWidth(cell.length)) / 2;
			cell.forEach((role, slot) => {
				const { lines, truncated } = wrapText(role.title, charsPerLine(boxWidth), boxLines);
				const placed = {
					role,
					track,
					lines: place(lines, rowY(grade) + boxHeight / 2),
					truncated,
					x: x + offset + slot * (boxWidth + SLOT_GAP),
					y: rowY(grade),
					width: boxWidth,
					height: boxHeight,
				};
				boxes.set(role.id, [...(boxes.get(role.id) ?? []), placed]);
			});
		}
		x += width + trackGap;
	});

	// Room on the right for an arrow that detours down the last track's gutter, and below for an
	// arrow that arches under the lowest row.
	const width = x - trackGap / 2 + PADDING;
	const height = rowY(grades.at(-1) ?? 0) + boxHeight + ROW_GAP / 2;
	return {
		width,
		height,
		fontSize: font,
		axisTitleY: header - HEADER_GAP - LINE / 2,
		rows: grades.map((grade) => ({ grade, y: rowY(grade) + boxHeight / 2 })),
		columns,
		boxes: [...boxes.values()].flat(),
		arrows: arrows(roles, included, boxes, (box) => {
			const column = columns.find((c) => c.track.id === box.track.id)!;
			return column.x + column.width + trackGap / 2;
		}),
	};
}

/**
 * How wide a role's box is: full width when every track fits the room so, else narrower (with a
 * line more for its title) until the tracks fit, down to a box that still holds a word a line. Six
 * tracks of one role per grade fit; a ladder more crowded than that is drawn wider, and scrolls.
 */
function boxSize(slots: number[]): { boxWidth: number; boxLines: number; trackGap: number; font: number } {
	const total = slots.reduce((sum, count) => sum + Math.max(1, count), 0);
	const slotGaps = slots.reduce((sum, count) => sum + Math.max(0, count - 1), 0) * SLOT_GAP;
	const widthWith = (box: number, gap: number) => AXIS + total * box + slotGaps + (slots.length - 1) * gap + gap / 2 + PADDING;
	if (widthWith(BOX_WIDTH, TRACK_GAP) <= DIAGRAM_ROOM) return { boxWidth: BOX_WIDTH, boxLines: 3, trackGap: TRACK_GAP, font: FONT };
	const fitting = Math.floor((DIAGRAM_ROOM - widthWith(0, NARROW_TRACK_GAP)) / total);
	return { boxWidth: Math.max(NARROWEST_BOX, Math.min(BOX_WIDTH, fitting)), boxLines: 4, trackGap: NARROW_TRACK_GAP, font: NARROW_FONT };
}

/** A track's roles, and the roles in other tracks that its `next` paths join. */
function focusRoles(ladder: Ladder, focus: Track): Role[] {
	const ids = new Set(focus.roleIds);
	for (const id of focus.roleIds) {
		const role = getRole(ladder, id);
		for (const other of [...role.next, ...role.reachedFrom]) ids.add(other);
	}
	return ladder.roles.filter((role) => ids.has(role.id));
}

/**
 * One arrow per `next` path between boxes on the diagram. An arrow leaves the source's edge that
 * faces its target and enters the target's facing edge; where several arrows share an edge, their
 * ends are spread along it in the order of the boxes they join, so they do not cross there.
 *
 * An arrow never passes behind another box, which would read as two steps: one that skips a grade
 * over a box goes round by the gutter beside its track, and one between two roles of a grade with
 * a box between them arches under the row.
 */
function arrows(roles: Role[], included: Set<string>, boxes: Map<string, DiagramBox[]>, gutterBeside: (box: DiagramBox) => number): DiagramArrow[] {
	const all = [...boxes.values()].flat();
	const centre = (b: DiagramBox) => b.x + b.width / 2;
	const links = roles.flatMap((role) =>
		role.next
			.filter((id) => included.has(id))
			.flatMap((id) => pairs(box(boxes, role.id), box(boxes, id)))
			.map(([from, to]) => {
				const vertical = from.y !== to.y;
				// Where the arrow heads from each end: its other box, or the gutter it detours by.
				const gutter = vertical && blocking(all, from, to, centre(from), centre(to)) ? gutterBeside(from) : undefined;
				return { from, to, gutter, edges: edges(from, to, all) };
			}),
	);
	type Link = (typeof links)[number];
	// Every arrow end, grouped by the box edge it sits on.
	const edgeEnds = new Map<string, { owner: DiagramBox; edge: Edge; ends: { link: Link; towards: Point; end: 'from' | 'to' }[] }>();
	const addEnd = (owner: DiagramBox, edge: Edge, link: Link, other: DiagramBox, end: 'from' | 'to') => {
		const towards = link.gutter === undefined ? { x: centre(other), y: other.y } : { x: link.gutter, y: owner.y };
		const key = `${owner.role.id}\u0000${owner.track.id}\u0000${edge}`;
		const group = edgeEnds.get(key) ?? { owner, edge, ends: [] };
		group.ends.push({ link, towards, end });
		edgeEnds.set(key, group);
	};
	for (const link of links) {
		const [out, into] = link.edges;
		addEnd(link.from, out, link, link.to, 'from');
		addEnd(link.to, into, link, link.from, 'to');
	}
	const points = new Map<Link, { from?: Point; to?: Point }>();
	for (const { owner, edge, ends } of edgeEnds.values()) {
		const vertical = edge === 'top' || edge === 'bottom';
		ends.sort((a, b) => (vertical ? a.towards.x - b.towards.x : a.towards.y - b.towards.y));
		ends.forEach(({ link, end }, index) => {
			const point = edgePoint(owner, edge, (index + 1) / (ends.length + 1));
			points.set(link, { ...points.get(link), [end]: point });
		});
	}
	return links.map((link) => {
		const { from, to } = points.get(link) as { from: Point; to: Point };
		const [out] = link.edges;
		const path =
			out === 'bottom' && link.from.y === link.to.y ? arch(from, to) : link.gutter !== undefined ? detour(from, to, link.gutter) : curve(from, to, out);
		return { fromId: link.from.role.id, toId: link.to.role.id, path };
	});
}

type Edge = 'top' | 'bottom' | 'left' | 'right';

/**
 * The edges an arrow leaves and enters by: up or down between grades, sideways within one, or
 * both bottoms when a box stands between two roles of one grade.
 */
function edges(from: DiagramBox, to: DiagramBox, all: DiagramBox[]): [Edge, Edge] {
	if (to.y < from.y) return ['top', 'bottom'];
	if (to.y > from.y) return ['bottom', 'top'];
	const [left, right] = from.x < to.x ? [from, to] : [to, from];
	if (all.some((b) => b.y === from.y && b.x > left.x && b.x < right.x)) return ['bottom', 'bottom'];
	return to.x > from.x ? ['right', 'left'] : ['left', 'right'];
}

/** Whether a box in a row between two others stands in the way of an arrow between x positions. */
function blocking(all: DiagramBox[], source: DiagramBox, target: DiagramBox, fromX: number, toX: number): boolean {
	const [top, bottom] = source.y < target.y ? [source, target] : [target, source];
	const [left, right] = [Math.min(fromX, toX), Math.max(fromX, toX)];
	return all.some((b) => b.y > top.y && b.y < bottom.y && b.x < right && b.x + b.width > left);
}

/** Out of the source's row, along the gutter at `gutter` past the rows between, into the target's. */
function detour(from: Point, to: Point, gutter: number): string {
	const step = Math.sign(to.y - from.y) * ROW_GAP;
	return (
		`M${n(from.x)} ${n(from.y)} C${n(from.x)} ${n(from.y + step / 2)} ${n(gutter)} ${n(from.y + step / 2)} ${n(gutter)} ${n(from.y + step)}` +
		` L${n(gutter)} ${n(to.y - step)} C${n(gutter)} ${n(to.y - step / 2)} ${n(to.x)} ${n(to.y - step / 2)} ${n(to.x)} ${n(to.y)}`
	);
}

/** From one box's bottom to another's in the same row, under the row. */
function arch(from: Point, to: Point): string {
	const depth = ROW_GAP * 0.6;
	return `M${n(from.x)} ${n(from.y)} C${n(from.x)} ${n(from.y + depth)} ${n(to.x)} ${n(to.y + depth)} ${n(to.x)} ${n(to.y)}`;
}

function edgePoint(box: DiagramBox, edge: Edge, share: number): Point {
	switch (edge) {
		case 'top':
			return { x: box.x + share * box.width, y: box.y };
		case 'bottom':
			return { x: box.x + share * box.width, y: box.y + box.height };
		case 'left':
			return { x: box.x, y: box.y + share * box.height };
		case 'right':
			return { x: box.x + box.width, y: box.y + share * box.height };
	}
}

/** A cubic curve that leaves and enters perpendicular to the boxes' edges. */
function curve(from: Point, to: Point, out: Edge): string {
	const vertical = out === 'top' || out === 'bottom';
	const mid = vertical ? (from.y + to.y) / 2 : (from.x + to.x) / 2;
	const c1 = vertical ? { x: from.x, y: mid } : { x: mid, y: from.y };
	const c2 = vertical ? { x: to.x, y: mid } : { x: mid, y: to.y };
	return `M${n(from.x)} ${n(from.y)} C${n(c1.x)} ${n(c1.y)} ${n(c2.x)} ${n(c2.y)} ${n(to.x)} ${n(to.y)}`;
}

function box(boxes: Map<string, DiagramBox[]>, id: string): DiagramBox[] {
	const found = boxes.get(id);
	if (!found) throw new Error(`No box for role "${id}"`);
	return found;
}

/**
 * The boxes an arrow joins where a role is drawn more than once: a step within a column in each
 * column both are drawn in (the shared levels lead up every speciality); else the one arrow
 * between the nearest of their boxes.
 */
function pairs(from: DiagramBox[], to: DiagramBox[]): [DiagramBox, DiagramBox][] {
	const within = from.flatMap((source) => to.filter((target) => target.track.id === source.track.id).map((target): [DiagramBox, DiagramBox] => [source, target]));
	if (within.length > 0) return within;
	const all = from.flatMap((source) => to.map((target): [DiagramBox, DiagramBox] => [source, target]));
	const apart = ([a, b]: [DiagramBox, DiagramBox]) => Math.abs(a.x - b.x);
	return [all.reduce((nearest, pair) => (apart(pair) < apart(nearest) ? pair : nearest))];
}

/** The text alternative: each track's roles on the diagram, lowest grade first, with where they lead. */
export function diagramAsList(ladder: Ladder, diagram: LadderDiagram): DiagramTrackList[] {
	const onDiagram = new Set(diagram.boxes.map((b) => b.role.id));
	return diagram.columns.map(({ track }) => ({
		track: getTrack(ladder, track.id),
		roles: diagram.boxes
			.filter((b) => b.track.id === track.id)
			.map((b) => b.role)
			.sort((a, b) => a.grade - b.grade)
			.map((role) => ({ role, next: role.next.filter((id) => onDiagram.has(id)).map((id) => getRole(ladder, id)) })),
	}));
}

const cellKey = (trackId: string, grade: number) => `${trackId}\u0000${grade}`;
const n = (value: number) => Math.round(value * 10) / 10;

// The diagram's proportions, in viewBox units.
const FONT = 13;
const NARROW_FONT = 12;
const LINE = 16;
const AXIS = 52;
/** The room the diagram is laid out for: Starlight's content column on a desktop. */
export const DIAGRAM_ROOM = 632;
const BOX_WIDTH = 148;
/** A box no narrower than this holds a word of about ten letters on a line, at the narrow font. */
const NARROWEST_BOX = 80;
const BOX_PADDING = 6;
// Track names wrap over up to three lines before they are cut (long public-sector track names).
const HEADER_LINES = 3;
const HEADER_GAP = 12;
const SLOT_GAP = 12;
const TRACK_GAP = 32;
const NARROW_TRACK_GAP = 16;
const ROW_GAP = 44;
// The focus track's band reaches into the gaps around its column.
const BAND = 8;
const PADDING = BAND + 2;

export interface Point {
	x: number;
	y: number;
}

export interface TextLine extends WrappedLine {
	y: number;
}

export interface LadderDiagram {
	width: number;
	height: number;
	fontSize: number;
	/** Where the grade axis's title sits, level with the track names. */
	axisTitleY: number;
	/** One per grade on the diagram, highest first; `y` is the row's middle. */
	rows: { grade: number; y: number }[];
	columns: DiagramColumn[];
	boxes: DiagramBox[];
	arrows: DiagramArrow[];
}

export interface DiagramColumn {
	track: Track;
	x: number;
	width: number;
	/** The track's name, wrapped to the column; each line's `y` is its middle. */
	lines: TextLine[];
	/** Whether this is the track the diagram was drawn for. */
	focus: boolean;
	/** The band drawn behind the column when it is the focus. */
	band: { x: number; width: number };
}

export interface DiagramBox {
	role: Role;
	/** The column it is drawn in: a role tracks share has a box in each. */
	track: Track;
	x: number;
	y: number;
	width: number;
	height: number;
	/** The role's title, wrapped to the box; each line's `y` is its middle. */
	lines: TextLine[];
	/** Whether the title was cut short to fit. */
	truncated: boolean;
}

export interface DiagramArrow {
	fromId: string;
	toId: string;
	/** An SVG path from the source's edge to the target's. */
	path: string;
}

export interface DiagramTrackList {
	track: Track;
	roles: { role: Role; next: Role[] }[];
}

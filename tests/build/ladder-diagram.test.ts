import { describe, expect, test } from 'vitest';
import { fold, readPage } from '../support/built-pages.ts';
import { rawContent } from '../support/raw-content.ts';
import { ALL_SITES } from '../support/sites.ts';

describe.each(ALL_SITES)('the $name ladder diagrams', (site) => {
	const content = rawContent(site.contentDir);
	const trackOrder = content.ladder.tracks.map((t) => t.id);
	const paths = content.roles.flatMap((role) => (role.next ?? []).map((to) => `${role.id}>${to}`));

	test('the home page draws every role and every next path, and lists them per track', () => {
		const page = readPage(site.dist, '/');
		// A ladder of groups draws a diagram per group, each of its tracks and the paths between them.
		const groupOf = (roleId: string) => {
			const track = content.roles.find((r) => r.id === roleId)!.track;
			return content.ladder.tracks.find((t) => t.id === track)?.group ?? '';
		};
		const groups = content.ladder.groups ?? [];
		const figures = [...page.querySelectorAll('figure.ladder-diagram')].map(readDiagram);
		expect(figures).toHaveLength(groups.length > 0 ? groups.length : 1);
		const diagram = {
			boxes: figures.flatMap((figure) => figure.boxes),
			arrows: figures.flatMap((figure) => figure.arrows),
			list: figures.flatMap((figure) => figure.list),
			listGrades: figures.flatMap((figure) => figure.listGrades),
		};

		for (const figure of figures) expect(figure.name).not.toBe('');
		// A role several tracks share has a box in each, and a step within a track an arrow in each track both are in.
		expect(diagram.boxes.map((b) => b.id).sort()).toEqual(content.roles.flatMap((r) => r.tracks.map(() => r.id)).sort());
		const inColumns = (path: string) => {
			const [from, to] = path.split('>').map((id) => content.roles.find((r) => r.id === id)!);
			return Array.from({ length: Math.max(1, from!.tracks.filter((track) => to!.tracks.includes(track)).length) }, () => path);
		};
		expect(diagram.arrows.sort()).toEqual(paths.filter((path) => groups.length === 0 || groupOf(path.split('>')[0]!) === groupOf(path.split('>')[1]!)).flatMap(inColumns).sort());
		for (const figure of figures) expectLaidOut(figure.boxes);
		expect(diagram.list).toEqual(
			content.ladder.tracks
				.map((track) => ({
					track: track.name,
					roles: content.roles
						.filter((r) => r.tracks.includes(track.id))
						.sort((a, b) => a.grade - b.grade)
						.map((r) => r.title),
				}))
				.filter((t) => t.roles.length > 0)
				.map((t) => ({ ...t, roles: expect.arrayContaining(t.roles) })),
		);
		for (const entry of diagram.listGrades) expect(entry.grades).toEqual([...entry.grades].sort((a, b) => a - b));
	});

	test('each track page draws its roles and the roles its paths join in other tracks', () => {
		for (const track of content.ladder.tracks) {
			const own = content.roles.filter((r) => r.tracks.includes(track.id));
			if (own.length === 0) continue;
			const ids = new Set(own.map((r) => r.id));
			const joined = new Set([
				...ids,
				...own.flatMap((r) => r.next ?? []),
				...content.roles.filter((r) => (r.next ?? []).some((to) => ids.has(to))).map((r) => r.id),
			]);
			const diagram = readDiagram(readPage(site.dist, `/tracks/${track.id}/`));

			expect(diagram.boxes.map((b) => b.id).sort(), track.id).toEqual([...joined].sort());
			expect(diagram.arrows.sort()).toEqual(paths.filter((p) => p.split('>').every((id) => joined.has(id))).sort());
			expect(diagram.focusBands).toBe(1);
			expectLaidOut(diagram.boxes);
		}
	});

	/** Higher grades above lower ones; tracks left to right in the ladder's order. */
	function expectLaidOut(boxes: DiagramBox[]) {
		const role = (id: string) => content.roles.find((r) => r.id === id)!;
		for (const a of boxes) {
			for (const b of boxes) {
				const [ra, rb] = [role(a.id), role(b.id)];
				if (ra.grade > rb.grade) expect(a.y, `${a.id} above ${b.id}`).toBeLessThan(b.y);
				// A role several tracks share is drawn in each: its column is not its first track's alone.
				if (ra.tracks.length === 1 && rb.tracks.length === 1 && trackOrder.indexOf(ra.track) < trackOrder.indexOf(rb.track)) expect(a.x + a.width, `${a.id} left of ${b.id}`).toBeLessThanOrEqual(b.x);
			}
			expect(a.href).toBe(`/roles/${a.id}/`);
			expect(a.label).toBe(fold(role(a.id).title));
		}
	}
});

interface DiagramBox {
	id: string;
	href: string | null;
	label: string;
	x: number;
	y: number;
	width: number;
}

/** A diagram on a built page (the first, where a page is given), read from its SVG and its text alternative. */
function readDiagram(where: Document | Element) {
	const figure = 'matches' in where && where.matches('figure.ladder-diagram') ? where : where.querySelector('figure.ladder-diagram');
	const svg = figure?.querySelector('svg');
	if (!figure || !svg) throw new Error('No ladder diagram on the page');
	const name = fold(figure.querySelector(`[id="${svg.getAttribute('aria-labelledby') ?? ''}"]`)?.textContent);
	const boxes: DiagramBox[] = [...svg.querySelectorAll('a.diagram-role')].map((a) => {
		const rect = a.querySelector('rect')!;
		return {
			id: a.getAttribute('data-role') ?? '',
			href: a.getAttribute('href'),
			label: fold(a.querySelector('title')?.textContent ?? a.textContent),
			x: Number(rect.getAttribute('x')),
			y: Number(rect.getAttribute('y')),
			width: Number(rect.getAttribute('width')),
		};
	});
	const arrows = [...svg.querySelectorAll('path.diagram-arrow')].map((p) => `${p.getAttribute('data-from')}>${p.getAttribute('data-to')}`);
	const tracks = [...figure.querySelectorAll('details.diagram-list .diagram-list-track')];
	const items = (track: Element) => [...(track.nextElementSibling?.querySelectorAll(':scope > li') ?? [])];
	const list = tracks.map((track) => ({
		track: fold(track.textContent),
		roles: items(track).map((li) => fold(li.querySelector('a')?.textContent)),
	}));
	const listGrades = tracks.map((track) => ({ grades: items(track).map((li) => Number(/grade (\d+)/.exec(li.textContent ?? '')?.[1])) }));
	return { name, boxes, arrows, list, listGrades, focusBands: svg.querySelectorAll('.diagram-focus-band').length };
}

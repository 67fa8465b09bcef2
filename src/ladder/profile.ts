import { getRole, rungBelow } from './lookup.ts';
import type { Ladder, Role } from './types.ts';

/**
 * A role's profile: for each competency area, the mean expected level over the area's
 * competencies (0 where the role expects nothing), on the scale's ranks.
 */
export function roleProfile(ladder: Ladder, role: Role): AreaScore[] {
	const rankOf = new Map(ladder.levels.map((level) => [level.id, level.rank]));
	const expected = new Map(role.expectations.map((e) => [e.competencyId, rankOf.get(e.levelId) ?? 0]));
	return ladder.areas.map((area) => {
		const ranks = area.competencyIds.map((id) => expected.get(id) ?? 0);
		return { areaId: area.id, area: area.name, score: round(ranks.reduce((sum, rank) => sum + rank, 0) / ranks.length) };
	});
}

/** The role a reader steps up from: the first role whose `next` names it, else the rung below. */
export function previousRole(ladder: Ladder, role: Role): Role | undefined {
	const from = role.reachedFrom[0];
	return from ? getRole(ladder, from) : rungBelow(ladder, role).at(-1);
}

/**
 * Bar-chart geometry, one row per area: the role's bar and, beneath it, the previous role's.
 * Plain numbers in a viewBox of `width` units; components only draw them.
 */
export function profileChart(ladder: Ladder, role: Role): ProfileChart {
	const previous = previousRole(ladder, role);
	const scores = roleProfile(ladder, role);
	const before = previous ? roleProfile(ladder, previous) : undefined;
	const max = ladder.levels.length;
	const rowHeight = before ? 2 * BAR + GAP + ROW_GAP : BAR + ROW_GAP;
	return {
		width: LABEL + PLOT,
		height: scores.length * rowHeight,
		max,
		previous,
		ticks: ladder.levels.map((level) => ({ label: level.label, x: LABEL + (level.rank / max) * PLOT })),
		rows: scores.map((score, index) => {
			const y = index * rowHeight;
			const bar = (value: number, offset: number) => ({ x: LABEL, y: y + offset, width: (value / max) * PLOT, height: BAR, value });
			const prior = before?.[index];
			return { area: score.area, labelY: y + BAR / 2, current: bar(score.score, 0), previous: prior ? bar(prior.score, BAR + GAP) : undefined };
		}),
	};
}

// The chart's proportions, in viewBox units.
const LABEL = 220;
const PLOT = 380;
const BAR = 14;
const GAP = 3;
const ROW_GAP = 12;

function round(value: number): number {
	return Math.round(value * 100) / 100;
}

export interface AreaScore {
	areaId: string;
	area: string;
	/** Mean rank over the area's competencies, 0 to the number of levels. */
	score: number;
}

export interface ProfileChart {
	width: number;
	height: number;
	max: number;
	previous?: Role | undefined;
	ticks: { label: string; x: number }[];
	rows: { area: string; labelY: number; current: Bar; previous?: Bar | undefined }[];
}

export interface Bar {
	x: number;
	y: number;
	width: number;
	height: number;
	value: number;
}

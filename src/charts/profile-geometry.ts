/**
 * The profile chart's geometry: one row per competency area, one bar per role in it, on the
 * level scale. Plain numbers in a viewBox, with no imports, so the comparison picker draws its
 * chart in the browser with the same function the build uses.
 */
export function profileGeometry({ areas, levels, series }: ProfileInput): ProfileChart {
	const max = levels.length;
	const bars = series.length;
	const rowHeight = bars * BAR + (bars - 1) * GAP + ROW_GAP;
	return {
		summary: profileSummary(series.map((s) => s.title)),
		width: LABEL + PLOT,
		height: areas.length * rowHeight,
		max,
		series: series.map(({ title }) => ({ title })),
		ticks: levels.map((label, index) => ({ label, x: LABEL + ((index + 1) / max) * PLOT })),
		rows: areas.map((area, row) => {
			const y = row * rowHeight;
			return {
				area,
				labelY: y + (bars * BAR + (bars - 1) * GAP) / 2,
				bars: series.map(({ scores }, index) => {
					const value = scores[row] ?? 0;
					return { x: LABEL, y: y + index * (BAR + GAP), width: (value / max) * PLOT, height: BAR, value };
				}),
			};
		}),
	};
}

/** What a chart of these roles shows: its accessible name and caption. */
function profileSummary(titles: string[]): string {
	const [first, second] = titles;
	const roles = titles.length === 2 ? `${first}, with ${second} beneath each bar` : titles.join(', ');
	return `Expected level per competency area for ${roles}`;
}

/** How each role's bars are drawn, by its place in the chart: never told apart by colour alone. */
export const SERIES_STYLES = ['solid', 'hatched', 'dotted', 'outline'] as const;

// The chart's proportions, in viewBox units.
const LABEL = 220;
const PLOT = 380;
const BAR = 14;
const GAP = 3;
const ROW_GAP = 12;

export interface ProfileInput {
	/** Area names, in display order. */
	areas: string[];
	/** Level labels, lowest first. */
	levels: string[];
	/** One per role: its score per area, in the order of `areas`. */
	series: { title: string; scores: number[] }[];
}

export interface ProfileChart {
	/** What the chart shows, naming its roles. */
	summary: string;
	width: number;
	height: number;
	max: number;
	series: { title: string }[];
	ticks: { label: string; x: number }[];
	/** One per area; `bars` in the order of `series`. */
	rows: { area: string; labelY: number; bars: Bar[] }[];
}

export interface Bar {
	x: number;
	y: number;
	width: number;
	height: number;
	value: number;
}

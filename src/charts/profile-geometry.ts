/**
 * The profile chart's geometry: one row per competency area, one bar per role in it, on the
 * level scale. Plain numbers in a viewBox, with no imports, so the comparison picker draws its
 * chart in the browser with the same function the build uses.
 */
export function profileGeometry(input: ProfileInput): ProfileChart {
	const { levels, series } = input;
	return {
		summary: profileSummary(series.map((s) => s.title), input.per ?? 'area'),
		per: input.per ?? 'area',
		max: levels.length,
		series: series.map(({ title }) => ({ title })),
		...layOut(input, WIDE),
		narrow: { ...layOut(input, NARROW), scaleKey: levels.map((label, index) => `${index + 1} ${label}`) },
	};
}

/**
 * One layout of the chart. Wide: the area's name beside its bars, the level names above the
 * scale. Narrow, for a phone: the area's name above its bars across the whole width, and the
 * levels by number (their names in a key beneath), so that no word is drawn under 10 px on a
 * 320 px screen, where the wide chart's would be 6 px.
 */
function layOut({ areas, levels, series }: ProfileInput, shape: Shape): ProfileLayout {
	const max = levels.length;
	const bars = series.length;
	const barsHeight = bars * BAR + (bars - 1) * GAP;
	const rowHeight = shape.labelAbove + barsHeight + ROW_GAP;
	const height = areas.length * rowHeight;
	return {
		width: shape.label + shape.plot,
		height,
		viewBox: `0 -22 ${shape.label + shape.plot + shape.margin} ${height + 22}`,
		ticks: levels.map((label, index) => ({ label: shape.labelAbove ? String(index + 1) : label, x: tenth(shape.label + ((index + 1) / max) * shape.plot) })),
		rows: areas.map((area, row) => {
			const y = row * rowHeight;
			return {
				area,
				labelY: shape.labelAbove ? y + shape.labelAbove / 2 - 1 : y + barsHeight / 2,
				bars: series.map(({ scores }, index) => {
					const value = scores[row] ?? 0;
					return { x: shape.label, y: y + shape.labelAbove + index * (BAR + GAP), width: tenth((value / max) * shape.plot), height: BAR, value };
				}),
			};
		}),
	};
}

/** What a chart of these roles shows: its accessible name and caption. */
function profileSummary(titles: string[], per: 'area' | 'competency'): string {
	const [first, second] = titles;
	// Mid-sentence, a legend's "Your ratings" reads "your ratings"; role titles keep their capitals.
	const roles = titles.length === 2 ? `${first}, with ${second!.replace(/^Your\b/, 'your')} beneath each bar` : titles.join(', ');
	return `Expected level per ${per === 'area' ? 'competency area' : 'competency'} for ${roles}`;
}

/** How each role's bars are drawn, by its place in the chart: never told apart by colour alone. */
export const SERIES_STYLES = ['solid', 'hatched', 'dotted', 'outline'] as const;

// The chart's proportions, in viewBox units.
const WIDE: Shape = { label: 220, plot: 380, margin: 50, labelAbove: 0 };
const NARROW: Shape = { label: 0, plot: 320, margin: 14, labelAbove: 20 };
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
	/** What a row is: an area (the mean level over its competencies), or, in a ladder of one area, a competency. */
	per?: 'area' | 'competency';
}

/** Past this many competencies in a ladder of one area, a chart of a bar per competency is left out: its table says it. */
export const PER_COMPETENCY_LIMIT = 12;

interface Shape {
	/** The width of the area names' column, beside the bars (none when the names are above). */
	label: number;
	plot: number;
	/** Room to the right for the last level's name. */
	margin: number;
	/** The height of an area name's line above its bars (none when the names are beside). */
	labelAbove: number;
}

export interface ProfileLayout {
	width: number;
	height: number;
	viewBox: string;
	ticks: { label: string; x: number }[];
	/** One per area; `bars` in the order of `series`. */
	rows: { area: string; labelY: number; bars: Bar[] }[];
}

export interface ProfileChart extends ProfileLayout {
	/** What the chart shows, naming its roles. */
	summary: string;
	/** What a row is. */
	per: 'area' | 'competency';
	max: number;
	series: { title: string }[];
	/** The same chart laid out for a phone, with the key to its numbered levels. */
	narrow: ProfileLayout & { scaleKey: string[] };
}

export interface Bar {
	x: number;
	y: number;
	width: number;
	height: number;
	value: number;
}

/**
 * A coordinate to a tenth of a unit, less than a pixel at any width the chart is drawn: written in
 * full (`283.3333333333333`), the numbers were a tenth of a role page's chart.
 */
function tenth(value: number): number {
	return Math.round(value * 10) / 10;
}

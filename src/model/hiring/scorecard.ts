/**
 * The scorecard for a role's interviews: a row per competency the role expects, each anchored
 * word for word in the ladder: the level below (below the bar), the role's own level with its
 * note (meets it), and the level above (exceeds it). A rating scale with no middle, so that every
 * rating takes a side.
 */
import { createHash } from 'node:crypto';
import { getCompetency, getTrack, namedLevel } from '../ladder/lookup.ts';
import type { Competency, Criterion, Ladder, Level, Role } from '../ladder/types.ts';

export interface ScorecardAnchor {
	/** As the role's track names it. */
	level: Level;
	/** The level's descriptor, or its criteria, as the ladder writes them. */
	criteria: Criterion[];
	isList: boolean;
	/** The role's own words on its level, on "Meets" only. */
	note?: string | undefined;
}

export interface ScorecardRow {
	competency: Competency;
	/** Absent at the lowest level the competency describes. */
	below?: ScorecardAnchor | undefined;
	meets: ScorecardAnchor;
	/** Absent at the highest level it describes. */
	exceeds?: ScorecardAnchor | undefined;
}

export function scorecard(ladder: Ladder, role: Role): ScorecardRow[] {
	const track = getTrack(ladder, role.trackId);
	const rank = new Map(ladder.levels.map((level) => [level.id, level.rank]));
	return role.expectations.map((expectation) => {
		const competency = getCompetency(ladder, expectation.competencyId);
		const described = [...competency.descriptors.keys()].sort((a, b) => rank.get(a)! - rank.get(b)!);
		const at = described.indexOf(expectation.levelId);
		const anchor = (levelId: string | undefined, note?: string): ScorecardAnchor | undefined => {
			if (levelId === undefined) return undefined;
			const descriptor = competency.descriptors.get(levelId)!;
			return { level: namedLevel(ladder, levelId, competency, track), criteria: descriptor.criteria, isList: descriptor.isList, ...(note ? { note } : {}) };
		};
		return {
			competency,
			below: anchor(described[at - 1]),
			meets: anchor(expectation.levelId, expectation.note)!,
			exceeds: anchor(described[at + 1]),
		};
	});
}

/**
 * A short fingerprint of what a role's interviews ask and how they are rated: its scorecard's
 * anchors and its plan's questions. Two interviewers whose pages show the same one use the same kit.
 */
export function kitFingerprint(rows: readonly ScorecardRow[], questionIds: readonly string[]): string {
	const anchor = (a: ScorecardAnchor | undefined) => a && [a.level.id, a.criteria.map((c) => c.text), a.note ?? ''];
	const content = JSON.stringify([rows.map((row) => [row.competency.id, anchor(row.below), anchor(row.meets), anchor(row.exceeds)]), questionIds]);
	return createHash('sha256').update(content).digest('hex').slice(0, 8);
}

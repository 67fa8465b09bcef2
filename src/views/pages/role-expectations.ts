import { getArea, getCompetency, getDescriptor, getTrack, namedLevel } from '../../model/ladder/lookup.ts';
import type { Competency, CompetencyArea, Ladder, Level, LevelDescriptor, Role } from '../../model/ladder/types.ts';

/** A role's expectations as table rows, grouped by competency area in area order. */
export function expectationRows(ladder: Ladder, role: Role): AreaExpectations[] {
	const groups = new Map<string, AreaExpectations>();
	const track = getTrack(ladder, role.trackId);
	for (const expectation of role.expectations) {
		const competency = getCompetency(ladder, expectation.competencyId);
		const level = namedLevel(ladder, expectation.levelId, competency, track);
		const group = groups.get(competency.areaId) ?? { area: getArea(ladder, competency.areaId), rows: [] };
		group.rows.push({ competency, level, descriptor: getDescriptor(competency, level.id), note: expectation.note });
		groups.set(competency.areaId, group);
	}
	return ladder.areas.flatMap((area) => groups.get(area.id) ?? []);
}

export interface AreaExpectations {
	area: CompetencyArea;
	rows: ExpectationRow[];
}

export interface ExpectationRow {
	competency: Competency;
	level: Level;
	/** What the competency looks like at the expected level. */
	descriptor: LevelDescriptor;
	note?: string | undefined;
}

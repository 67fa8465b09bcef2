import { getArea, getCompetency, listedRoles, namedLevel } from '../../model/ladder/lookup.ts';
import { searchMeta, type SearchMeta } from '../shared/search-meta.ts';
import { wordsOf } from '../../messages/catalogue.ts';
import type { Competency, CompetencyArea, Ladder, Level, LevelDescriptor, Role, Track, LadderTranslation } from '../../model/ladder/types.ts';

/** A competency's page: its descriptor at every level, and which roles expect which level. */
export function competencyPage(ladder: Ladder, id: string): CompetencyPage {
	const competency = getCompetency(ladder, id);
	const area = getArea(ladder, competency.areaId);
	return {
		competency,
		area,
		translation: ladder.translation,
		search: searchMeta.competency(competency, area, wordsOf(ladder)),
		// The levels it describes: a topic that starts at a later level has nothing to say below it.
		levels: ladder.levels.flatMap((level) => {
			const descriptor = competency.descriptors.get(level.id);
			return descriptor === undefined ? [] : [{ level: namedLevel(ladder, level.id, competency), descriptor }];
		}),
		tracks: ladder.tracks
			.map((track) => ({
				track,
				roles: listedRoles(ladder, track).flatMap((role) => {
					const expectation = role.expectations.find((e) => e.competencyId === id);
					const level = expectation && namedLevel(ladder, expectation.levelId, competency, track);
					return level ? [{ role, level, note: expectation.note }] : [];
				}),
			}))
			.filter((group) => group.roles.length > 0),
		levelCount: ladder.levels.length,
	};
}

export interface CompetencyPage {
	competency: Competency;
	area: CompetencyArea;
	levels: { level: Level; descriptor: LevelDescriptor }[];
	/** Tracks with at least one role expecting the competency, their roles in grade order. */
	tracks: { track: Track; roles: { role: Role; level: Level; note?: string | undefined }[] }[];
	levelCount: number;
	search: SearchMeta;
	/** In a translated site: each text's state, for the marks beside those not current. */
	translation: LadderTranslation | undefined;
}

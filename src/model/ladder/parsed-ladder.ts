import type { CompetencyAreaData } from '../../schemas/competency-area.ts';
import type { LadderData } from '../../schemas/ladder.ts';
import type { RoleData } from '../../schemas/role.ts';

/** Files that passed their schema, ready for cross-checking and resolving. */
export interface ParsedLadder {
	ladder?: LadderData | undefined;
	areas: ParsedFile<CompetencyAreaData>[];
	roles: ParsedFile<RoleData>[];
}

export interface ParsedFile<T> {
	id: string;
	file: string;
	data: T;
}

/** Files that passed both their schema and every cross-check. */
export interface ValidLadder {
	ladder: LadderData;
	/** The content folder, to make links to its files into links to their pages. */
	dir?: string | undefined;
	areas: ParsedFile<CompetencyAreaData>[];
	roles: ParsedFile<RoleData>[];
}

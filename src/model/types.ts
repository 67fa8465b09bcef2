/** The resolved ladder: every reference checked, every list in display order. */
export interface Ladder {
	name: string;
	organization?: string | undefined;
	description: string;
	/** The proficiency scale, lowest first. */
	levels: Level[];
	tracks: Track[];
	areas: CompetencyArea[];
	/** Every competency, in area order then file order. */
	competencies: Competency[];
	/** Every role, in track order then grade order. */
	roles: Role[];
	/** Whether lint warnings fail the check and the build. */
	strictLint: boolean;
}

export interface Level {
	id: string;
	label: string;
	description: string;
	/** 1 for the lowest level of the scale. */
	rank: number;
}

export interface Track {
	id: string;
	name: string;
	description: string;
	/** The track's roles, lowest grade first. */
	roleIds: string[];
}

export interface CompetencyArea {
	id: string;
	file: string;
	name: string;
	description: string;
	competencyIds: string[];
}

export interface Competency {
	id: string;
	areaId: string;
	name: string;
	description: string;
	/** Level id → what the competency looks like at that level; one for every level. */
	descriptors: ReadonlyMap<string, string>;
}

export interface Role {
	id: string;
	file: string;
	title: string;
	trackId: string;
	grade: number;
	summary: string;
	scope?: string | undefined;
	experience?: string | undefined;
	education?: string | undefined;
	/** Roles this one usually leads to. */
	next: string[];
	/** Roles whose `next` names this one. */
	reachedFrom: string[];
	skills: SkillGroup[];
	/** In competency order. */
	expectations: Expectation[];
}

export interface SkillGroup {
	name: string;
	items: string[];
}

export interface Expectation {
	competencyId: string;
	levelId: string;
	note?: string | undefined;
}

/** The resolved ladder: every reference checked, every list in display order. */
export interface Ladder {
	name: string;
	organization?: string | undefined;
	description: string;
	/** The proficiency scale, lowest first. */
	levels: Level[];
	/** The families of tracks, where the ladder groups them; each track of a group says so. */
	groups: TrackGroup[];
	/** In the order the site lists them: a group's tracks together, where its first track is. */
	tracks: Track[];
	areas: CompetencyArea[];
	/** Every competency, in area order then file order. */
	competencies: Competency[];
	/** Every role, in track order then grade order. */
	roles: Role[];
	/** Whether warnings fail the review, the check and the build (`review.strict`, or `lint.strict`). */
	strictLint: boolean;
	/** Findings of the review the authors keep, each with why (`review.ignore`). */
	ignored: IgnoredFinding[];
	/** The interview plans' defaults (`hiring`), for roles that set none of their own. */
	hiring: HiringSettings;
	/** The language it is written in, a BCP 47 tag (`language`, `en` when left out). */
	language: string;
	/** The languages it is translated into (`translations`), each with `translations/<tag>.yaml`. */
	translations: string[];
	/** Where this is the ladder in one of its translations: the language, and each field's state. */
	translation?: LadderTranslation | undefined;
	/**
	 * Texts whose links to the ladder's files were made into links to their pages, each as it was
	 * written: the pages show the links that work, the spreadsheet gives back what the author wrote.
	 */
	writtenTexts: ReadonlyMap<string, string>;
}

/** How long an interview plan may take, and how many questions at the role's level per competency. */
/** The ladder as one of its translations shows it: its texts replaced where translated. */
export interface LadderTranslation {
	/** The translation's language (`fr`). */
	language: string;
	/** The language of the original, which a text not yet translated is in. */
	originalLanguage: string;
	/** The ladder's name in the original: what an assessment names, in whichever language it is made. */
	originalName: string;
	/** Each translatable field by its key (`competencies.coding.levels.novice`), as it stands. */
	fields: ReadonlyMap<string, TranslatedFieldState>;
	/** The key of each criterion's text (a single descriptor's too), by criterion id. */
	criterionKeys: ReadonlyMap<string, string>;
	/** The site's own words in the translation's language, by message id (`translations/messages.ts`). */
	messages: Readonly<Record<string, string>>;
}

/** One field of a translation: whether it is translated, and for a stale one, the original's change. */
export interface TranslatedFieldState {
	state: 'current' | 'stale' | 'missing';
	/** The original now, one text (a list's items one a line). */
	original: string;
	/** For a stale field: the original when it was translated (absent when it is newer than that release). */
	then?: string | undefined;
	/** The release it was translated from. */
	from?: string | undefined;
}

export interface HiringSettings {
	minutes: number;
	perCompetency: number;
}

/** A finding of the review, by its rule and the id it is about, that the authors keep on purpose. */
export interface IgnoredFinding {
	rule: string;
	/** A criterion, competency, role or track id. */
	id: string;
	reason: string;
}

export interface Level {
	id: string;
	label: string;
	description?: string | undefined;
	/** 1 for the lowest level of the scale. */
	rank: number;
}

/** A family of tracks. */
export interface TrackGroup {
	id: string;
	name: string;
	description?: string | undefined;
	/** Its tracks, in the ladder's order. */
	trackIds: string[];
}

export interface Track {
	id: string;
	/** The group the track belongs to, where it belongs to one. */
	groupId?: string;
	name: string;
	description?: string | undefined;
	/** The track's roles, lowest grade first, with the roles it shares with other tracks. */
	roleIds: string[];
	/** The competency areas that apply to the track's roles, in area order: all, unless it names them. */
	areaIds: string[];
	/** Level id → the track's own name for it, where it has one. */
	levelLabels: ReadonlyMap<string, string>;
}

export interface CompetencyArea {
	id: string;
	file: string;
	name: string;
	/** The name readers see: `name`, with its tracks added where another area has the same name. */
	title: string;
	description?: string | undefined;
	competencyIds: string[];
}

export interface Competency {
	id: string;
	areaId: string;
	name: string;
	description?: string | undefined;
	/** Level id → what the competency looks like at that level; only the levels it is part of. */
	descriptors: ReadonlyMap<string, LevelDescriptor>;
	/** Level id → the competency's own name for it, where it has one. */
	labels: ReadonlyMap<string, string>;
	/** Level id → its interview questions, in the order written; only levels that have some. */
	questions: ReadonlyMap<string, Question[]>;
}

/** An interview question of a competency at one level. */
export interface Question {
	/** Unique among the ladder's questions: as written, or derived from competency, level and text. */
	id: string;
	idWritten: boolean;
	/** Inline Markdown, as each of the lists below. */
	text: string;
	followUps: string[];
	/** What a good answer shows. */
	lookFor: string[];
	/** As written, or 10. */
	minutes: number;
}

/** What a competency looks like at one level: one descriptor, or a list of criteria. */
export interface LevelDescriptor {
	/** Whether the level is written as a list of criteria, rather than as one descriptor. */
	isList: boolean;
	/** In the order written; a single descriptor is one criterion without examples. */
	criteria: Criterion[];
}

export interface Criterion {
	/** Unique across the ladder: as written, or derived from competency, level and text. */
	id: string;
	/** Whether the content wrote the id, so exports write back only what was written. */
	idWritten: boolean;
	/** Inline Markdown. */
	text: string;
	/** Inline Markdown each; may be empty. */
	examples: string[];
}

export interface Role {
	id: string;
	file: string;
	title: string;
	/** The track the role is listed under: its only track, or the first of the tracks it is shared by. */
	trackId: string;
	/** Every track the role belongs to, `trackId` first: more than one for a role tracks share. */
	trackIds: string[];
	grade: number;
	/** Absent where the framework gives none: nothing is made up in its place. */
	summary?: string | undefined;
	/** The level the role expects of every competency of its track's areas, where described. */
	baseline?: string | undefined;
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
	/** The interview plan's settings (the role's own over the ladder's), or `false` for a role not hired for from outside. */
	hiring: HiringSettings | false;
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

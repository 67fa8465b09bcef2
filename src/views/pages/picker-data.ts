import { wordsFor, wordsOf, type PickerWords } from '../../messages/catalogue.ts';
import { getCompetency, getLevel, getRole, listedRoles, namedLevel } from '../../model/ladder/lookup.ts';
import { ladderSteps } from '../../model/ladder/steps.ts';
import { inlineText } from '../shared/inline-markdown.ts';
import { paths } from '../../model/ladder/paths.ts';
import { roleProfile } from '../../model/ladder/profile.ts';
import type { Ladder, LevelDescriptor } from '../../model/ladder/types.ts';

/**
 * The ladder as the comparison picker needs it in the browser: compact, with levels as indexes
 * into the scale. Embedded in the page at build time, so choosing roles needs no request; the
 * words of each level and role are in `pickerTexts`, fetched once roles are being chosen.
 */
export function pickerData(ladder: Ladder): PickerData {
	const levelIndex = new Map(ladder.levels.map((level, index) => [level.id, index]));
	return {
		words: wordsFor(wordsOf(ladder), 'picker.', 'chart.', 'change.'),
		levels: ladder.levels.map((level) => level.label),
		areas: ladder.areas.map((area) => ({
			id: area.id,
			name: area.title,
			competencies: area.competencyIds.map((id) => {
				const competency = ladder.competencies.find((c) => c.id === id)!;
				return { id, name: competency.name };
			}),
		})),
		tracks: ladder.tracks.map((track) => ({
			name: track.name,
			roles: listedRoles(ladder, track).map((role) => ({
				id: role.id,
				title: role.title,
				grade: role.grade,
				expects: Object.fromEntries(role.expectations.map((e) => [e.competencyId, levelIndex.get(e.levelId) ?? 0])),
				// Only where they differ from the scale's name: most ladders have none.
				levelNames: Object.fromEntries(
					role.expectations.flatMap((e) => {
						const named = namedLevel(ladder, e.levelId, getCompetency(ladder, e.competencyId), track);
						return named.label === getLevel(ladder, e.levelId).label ? [] : [[e.competencyId, named.label]];
					}),
				),
				profile: roleProfile(ladder, role).map((area) => area.score),
			})),
		})),
		steps: ladderSteps(ladder).map((step) => [step.fromId, step.toId]),
	};
}

/**
 * `/picker-texts.json`: what each level of each competency asks for, and what roles add in their
 * own words. Not embedded in the picker's page: at 200 roles with criteria lists it would weigh
 * more than the rest of the page ten times over, and the reader needs a few roles' worth of it.
 */
export function pickerTexts(ladder: Ladder): PickerTexts {
	return {
		descriptors: Object.fromEntries(
			ladder.competencies.map((competency) => [competency.id, ladder.levels.map((l) => pickerDescriptor(competency.descriptors.get(l.id)))]),
		),
		notes: Object.fromEntries(
			ladder.roles.map((role) => [role.id, Object.fromEntries(role.expectations.flatMap((e) => (e.note ? [[e.competencyId, inlineText(e.note)]] : [])))]),
		),
	};
}

/** Plain text: the picker writes it with `textContent`. A list is its criteria, without examples. */
function pickerDescriptor(descriptor: LevelDescriptor | undefined): string | string[] {
	if (!descriptor) return '';
	const texts = descriptor.criteria.map((criterion) => inlineText(criterion.text));
	return descriptor.isList ? texts : (texts[0] ?? '');
}

/** The static comparison pages, for the picker's list that works without JavaScript. */
export function comparisonLinks(ladder: Ladder): { from: string; to: string; path: string }[] {
	return ladderSteps(ladder).map((step) => ({
		from: getRole(ladder, step.fromId).title,
		to: getRole(ladder, step.toId).title,
		path: paths.compare(step.fromId, step.toId),
	}));
}

export interface PickerData {
	/** The script's words, in the page's language. */
	words: PickerWords;
	/** Level labels, lowest first; expectations refer to them by index. */
	levels: string[];
	areas: { id: string; name: string; competencies: { id: string; name: string }[] }[];
	tracks: { name: string; roles: PickerRole[] }[];
	/** Pairs of role ids that have a static comparison page. */
	steps: [string, string][];
}

export interface PickerRole {
	id: string;
	title: string;
	grade: number;
	/** Competency id → level index. */
	expects: Record<string, number>;
	/** Competency id → the level's name for this role where it is not the scale's (the competency's or the track's own). */
	levelNames: Record<string, string>;
	/** The role's score per area, in the order of `areas`, for its profile chart. */
	profile: number[];
}

export interface PickerTexts {
	/** Competency id → its descriptor per level of the scale: a text, a list of criteria, or '' where not described. */
	descriptors: Record<string, (string | string[])[]>;
	/** Role id → competency id → what the expected level means for this role in particular, as plain text. */
	notes: Record<string, Record<string, string>>;
}

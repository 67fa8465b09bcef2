/**
 * The ladder as a translation shows it: every text the translation has replaced by it (a stale one
 * too, with its state kept for the mark that says so), every other kept in the original, and each
 * field's state beside it, so a page can mark what is not yet translated or changed since.
 * Ids, levels, grades and every link stay as they are: only words change with the language.
 */
import type { Competency, Ladder, LadderTranslation, LevelDescriptor, TranslatedFieldState } from '../model/ladder/types.ts';
import { asText, fieldKey, type FieldText } from './fields.ts';
import { messagesFor } from '../messages/catalogue.ts';
import type { FieldStatus } from './status.ts';

export function translatedLadder(ladder: Ladder, language: string, statuses: readonly FieldStatus[], ui: Readonly<Record<string, string>> = {}): Ladder {
	const translated = new Map<string, FieldText>();
	const fields = new Map<string, TranslatedFieldState>();
	for (const status of statuses) {
		if (status.state === 'orphaned' || status.original === undefined) continue;
		if (status.translation !== undefined) translated.set(status.key, status.translation);
		fields.set(status.key, {
			state: status.state,
			original: asText(status.original),
			...(status.then !== undefined ? { then: asText(status.then) } : {}),
			...(status.from !== undefined ? { from: status.from } : {}),
		});
	}
	const text = (path: string[], original: string) => {
		const value = translated.get(fieldKey(path));
		return typeof value === 'string' ? value : original;
	};
	const optional = (path: string[], original: string | undefined) => (original === undefined ? undefined : text(path, original));
	const labels = (path: string[], map: ReadonlyMap<string, string>) => new Map([...map].map(([level, label]) => [level, text([...path, level], label)]));
	const criterionKeys = new Map<string, string>();
	for (const competency of ladder.competencies) {
		for (const [level, descriptor] of competency.descriptors) {
			for (const criterion of descriptor.criteria) {
				criterionKeys.set(criterion.id, fieldKey(['competencies', competency.id, ...(descriptor.isList ? ['criteria', criterion.id, 'text'] : ['levels', level])]));
			}
		}
	}
	const translation: LadderTranslation = { language, originalLanguage: ladder.language, originalName: ladder.name, fields, criterionKeys, messages: messagesFor(language, ui) };
	return {
		...ladder,
		name: text(['ladder', 'name'], ladder.name),
		description: text(['ladder', 'description'], ladder.description),
		levels: ladder.levels.map((level) => ({ ...level, label: text(['levels', level.id, 'label'], level.label), description: optional(['levels', level.id, 'description'], level.description) })),
		groups: ladder.groups.map((group) => ({ ...group, name: text(['groups', group.id, 'name'], group.name), description: optional(['groups', group.id, 'description'], group.description) })),
		tracks: ladder.tracks.map((track) => ({
			...track,
			name: text(['tracks', track.id, 'name'], track.name),
			description: optional(['tracks', track.id, 'description'], track.description),
			levelLabels: labels(['tracks', track.id, 'levelLabels'], track.levelLabels),
		})),
		areas: ladder.areas.map((area) => {
			const name = text(['areas', area.id, 'name'], area.name);
			// A title that tells two areas of one name apart keeps its qualifier after the translated name.
			return { ...area, name, title: area.title.startsWith(area.name) ? name + area.title.slice(area.name.length) : area.title, description: optional(['areas', area.id, 'description'], area.description) };
		}),
		competencies: ladder.competencies.map((competency): Competency => {
			const at = ['competencies', competency.id];
			return {
				...competency,
				name: text([...at, 'name'], competency.name),
				description: optional([...at, 'description'], competency.description),
				labels: labels([...at, 'labels'], competency.labels),
				descriptors: new Map(
					[...competency.descriptors].map(([level, descriptor]): [string, LevelDescriptor] => [
						level,
						descriptor.isList
							? {
									...descriptor,
									criteria: descriptor.criteria.map((criterion) => {
										const examples = translated.get(fieldKey([...at, 'criteria', criterion.id, 'examples']));
										return { ...criterion, text: text([...at, 'criteria', criterion.id, 'text'], criterion.text), examples: Array.isArray(examples) ? [...examples] : criterion.examples };
									}),
								}
							: { ...descriptor, criteria: descriptor.criteria.map((criterion) => ({ ...criterion, text: text([...at, 'levels', level], criterion.text) })) },
					]),
				),
			};
		}),
		roles: ladder.roles.map((role) => ({
			...role,
			title: text(['roles', role.id, 'title'], role.title),
			summary: optional(['roles', role.id, 'summary'], role.summary),
			expectations: role.expectations.map((expectation) => ({ ...expectation, note: optional(['roles', role.id, 'notes', expectation.competencyId], expectation.note) })),
		})),
		translation,
	};
}

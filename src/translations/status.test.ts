import { describe, expect, test } from 'vitest';
import type { LadderExport } from '../io/ladder-export-schema.ts';
import type { TranslationData } from '../schemas/translation.ts';
import { fieldKey, originalFields } from './fields.ts';
import { countStates, translationStatus } from './status.ts';

/** A small ladder as `/ladder.json`: one level described by a descriptor, one by criteria. */
function ladder(changes: { novice?: string; criterion?: string; examples?: string[]; note?: string } = {}): LadderExport {
	return {
		formatVersion: 1,
		release: 'unreleased',
		name: 'Ladder',
		description: 'How we grow.',
		levels: [
			{ id: 'novice', label: 'Novice', rank: 1 },
			{ id: 'expert', label: 'Expert', description: 'Leads.', rank: 2 },
		],
		tracks: [{ id: 'eng', name: 'Engineering', roles: ['dev'], areas: ['craft'], levelLabels: { expert: 'E2' } }],
		areas: [{ id: 'craft', name: 'Craft', competencies: ['code'] }],
		competencies: [
			{
				id: 'code',
				area: 'craft',
				name: 'Code',
				descriptors: {
					novice: changes.novice ?? 'Writes code with help.',
					expert: [{ id: 'designs', text: changes.criterion ?? 'Designs systems.', examples: changes.examples ?? ['A queue'] }],
				},
			},
		],
		roles: [
			{
				id: 'dev',
				title: 'Developer',
				track: 'eng',
				grade: 1,
				next: [],
				reachedFrom: [],
				skills: [],
				expectations: [{ competency: 'code', level: 'expert', note: changes.note ?? 'Owns a service.' }],
			},
		],
	} as LadderExport;
}

describe('the fields a translation translates', () => {
	test('are every text of the ladder, by the keys of a translation file, criteria by their ids', () => {
		expect(originalFields(ladder()).map((field) => fieldKey(field.path))).toEqual([
			'ladder.name',
			'ladder.description',
			'levels.novice.label',
			'levels.expert.label',
			'levels.expert.description',
			'tracks.eng.name',
			'tracks.eng.levelLabels.expert',
			'areas.craft.name',
			'competencies.code.name',
			'competencies.code.levels.novice',
			'competencies.code.criteria.designs.text',
			'competencies.code.criteria.designs.examples',
			'roles.dev.title',
			'roles.dev.notes.code',
		]);
	});
});

describe('where a translation stands', () => {
	const release = ladder();
	const now = ladder({ novice: 'Writes code with some help.', examples: ['A queue', 'A cache'] });
	const translation: TranslationData = {
		translatedFrom: 'v1',
		ladder: { name: 'Échelle' },
		competencies: {
			code: {
				levels: { novice: 'Écrit du code avec de l’aide.' },
				criteria: { designs: { text: { text: 'Conçoit des systèmes.', from: 'v2' }, examples: ['Une file'] } },
			},
			gone: { name: 'Disparue' },
		},
		roles: { dev: { notes: { code: 'Possède un service.' } } },
	};
	const releases: Record<string, LadderExport> = { v1: release, v2: now };
	const statuses = translationStatus(now, translation, (name) => releases[name]);
	const state = (key: string) => statuses.find((status) => status.key === key);

	test('a field whose original is as it was in the release it was translated from is current', () => {
		expect(state('ladder.name')).toMatchObject({ state: 'current', translation: 'Échelle', from: 'v1' });
		expect(state('roles.dev.notes.code')).toMatchObject({ state: 'current' });
	});

	test('a field whose original changed since is stale, with the original then and now', () => {
		expect(state('competencies.code.levels.novice')).toEqual({
			key: 'competencies.code.levels.novice',
			path: ['competencies', 'code', 'levels', 'novice'],
			state: 'stale',
			original: 'Writes code with some help.',
			translation: 'Écrit du code avec de l’aide.',
			from: 'v1',
			then: 'Writes code with help.',
		});
		expect(state('competencies.code.criteria.designs.examples')).toMatchObject({ state: 'stale', then: ['A queue'], original: ['A queue', 'A cache'] });
	});

	test('an entry translated from a later release is compared with that release', () => {
		expect(state('competencies.code.criteria.designs.text')).toMatchObject({ state: 'current', from: 'v2' });
	});

	test('a field the translation lacks is missing, with its original', () => {
		expect(state('levels.expert.description')).toMatchObject({ state: 'missing', original: 'Leads.' });
	});

	test('an entry whose original is gone is an orphan, listed after the fields', () => {
		expect(statuses.at(-1)).toMatchObject({ key: 'competencies.gone.name', state: 'orphaned', translation: 'Disparue' });
		expect(state('competencies.gone.name')?.original).toBeUndefined();
	});

	test('a field that did not exist in the release is stale, with nothing then', () => {
		const added = ladder();
		added.levels[0]!.description = 'Learns.';
		const statuses = translationStatus(added, { translatedFrom: 'v1', levels: { novice: { description: 'Apprend.' } } }, (name) => releases[name]);
		const field = statuses.find((status) => status.key === 'levels.novice.description');
		expect(field).toMatchObject({ state: 'stale', original: 'Learns.' });
		expect(field?.then).toBeUndefined();
	});

	test('counts each state', () => {
		expect(countStates(statuses)).toEqual({ current: 3, stale: 2, missing: 9, orphaned: 1 });
	});
});

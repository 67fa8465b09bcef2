import { describe, expect, test } from 'vitest';
import {
	areaFile,
	makeArea,
	makeCompetency,
	makeLadderFile,
	makeRole,
	makeSource,
	roleFile,
} from '../../../tests/support/ladder-builders.ts';
import { problems, WHOLE_FILE } from './problems.ts';
import { validateLadder } from './validate.ts';

const LADDER = 'content/ladder.yaml';
const LEVELS = ['basic', 'good', 'great'];

describe('validateLadder', () => {
	test('resolves a valid ladder with no problems', () => {
		const result = validateLadder(makeSource());

		expect(result.problems).toEqual([]);
		expect(result.ladder?.roles.map((r) => r.id)).toEqual(['maker']);
	});

	test('fails when a role names an unknown track', () => {
		const source = makeSource({ roles: { maker: makeRole({ track: 'astronaut' }) } });

		const { ladder, problems: found } = validateLadder(source);

		expect(ladder).toBeUndefined();
		expect(found).toEqual([
			{ file: roleFile('maker'), field: 'track', message: problems.unknownTrack('astronaut', ['maker', 'lead']) },
		]);
	});

	test('a role names its track once: `track`, or `tracks` for a role tracks share, whose ids are known and not repeated', () => {
		const shared = (overrides: Record<string, unknown>) => {
			const { track: _, ...role } = makeRole();
			return validateLadder(makeSource({ roles: { maker: { ...role, ...overrides } } }));
		};

		expect(shared({ tracks: ['maker', 'lead'] }).ladder?.roles[0]).toMatchObject({ trackId: 'maker', trackIds: ['maker', 'lead'] });
		const message = 'a role needs its track: `track: <track-id>`, or `tracks: [<track-id>, …]` for a role several tracks share (not both)';
		expect(shared({}).problems).toEqual([{ file: roleFile('maker'), field: 'track', message }]);
		expect(shared({ track: 'maker', tracks: ['lead'] }).problems).toEqual([{ file: roleFile('maker'), field: 'track', message }]);
		expect(shared({ tracks: [] }).problems).toEqual([{ file: roleFile('maker'), field: 'tracks', message: 'must name at least one track' }]);
		expect(shared({ tracks: ['maker', 'astronaut', 'maker'] }).problems).toEqual([
			{ file: roleFile('maker'), field: 'tracks[1]', message: problems.unknownTrack('astronaut', ['maker', 'lead']) },
			{ file: roleFile('maker'), field: 'tracks[2]', message: problems.listedTwice('maker') },
		]);
	});

	test('fails when a role expects an unknown competency', () => {
		const source = makeSource({ roles: { maker: makeRole({ expectations: { juggling: 'good' } }) } });

		expect(validateLadder(source).problems).toEqual([
			{ file: roleFile('maker'), field: 'expectations.juggling', message: problems.unknownCompetency('juggling') },
		]);
	});

	test('fails when an expectation names a level outside the scale, in either form', () => {
		const role = makeRole({ expectations: { building: 'superb', testing: { level: 'legendary', note: 'Tests.' } } });

		const found = validateLadder(makeSource({ roles: { maker: role } })).problems;

		expect(found).toEqual([
			{ file: roleFile('maker'), field: 'expectations.building', message: problems.unknownLevel('superb', LEVELS) },
			{ file: roleFile('maker'), field: 'expectations.testing.level', message: problems.unknownLevel('legendary', LEVELS) },
		]);
	});

	test('fails when next names an unknown role or the role itself', () => {
		const source = makeSource({ roles: { maker: makeRole({ next: ['ghost', 'maker'] }) } });

		expect(validateLadder(source).problems).toEqual([
			{ file: roleFile('maker'), field: 'next[0]', message: problems.unknownRole('ghost') },
			{ file: roleFile('maker'), field: 'next[1]', message: problems.selfReference() },
		]);
	});

	test('fails when a competency id is repeated across area files', () => {
		const source = makeSource({ areas: { craft: makeArea(['building']), people: makeArea(['building']) } });

		expect(validateLadder(source).problems).toEqual([
			{
				file: areaFile('people'),
				field: 'competencies[0].id',
				message: problems.duplicateId('competency', 'building', areaFile('craft')),
			},
		]);
	});

	test('fails when a level or track id is repeated', () => {
		const base = makeLadderFile();
		const ladder = { ...base, levels: [...base.levels, base.levels[0]!], tracks: [...base.tracks, base.tracks[1]!] };

		expect(validateLadder(makeSource({ ladder })).problems).toEqual([
			{ file: LADDER, field: 'levels[3].id', message: problems.duplicateId('level', 'basic', LADDER) },
			{ file: LADDER, field: 'tracks[2].id', message: problems.duplicateId('track', 'lead', LADDER) },
		]);
	});

	test('fails when two role files claim the same id', () => {
		const source = makeSource();
		source.roles.push({ id: 'maker', file: 'content/roles/maker.md', data: makeRole() });

		expect(validateLadder(source).problems).toEqual([
			{ file: 'content/roles/maker.md', field: WHOLE_FILE, message: problems.duplicateId('role', 'maker', roleFile('maker')) },
		]);
	});

	test('lets a competency leave levels out, but not all of them, and not describe an unknown one', () => {
		const partial = makeCompetency('building', { levels: { good: 'Builds well.', great: 'Builds greatly.' } });
		const none = makeCompetency('testing', { levels: {} });
		const unknown = makeCompetency('teaching', { levels: { basic: 'Teaches.', epic: 'Wow.' } });
		const source = makeSource({ areas: { craft: makeArea([], { competencies: [partial, none, unknown] }) } });

		expect(validateLadder(source).problems).toEqual([
			{ file: areaFile('craft'), field: 'competencies[1].levels', message: problems.describesNoLevel() },
			{ file: areaFile('craft'), field: 'competencies[2].levels.epic', message: problems.unknownLevel('epic', LEVELS) },
		]);
	});

	test('fails when a role expects a competency at a level it does not describe', () => {
		const partial = makeCompetency('building', { levels: { good: 'Builds well.', great: 'Builds greatly.' } });
		const role = makeRole({ expectations: { building: 'basic' } });
		const source = makeSource({ areas: { craft: makeArea([], { competencies: [partial] }) }, roles: { maker: role } });

		expect(validateLadder(source).problems).toEqual([
			{ file: roleFile('maker'), field: 'expectations.building', message: problems.undescribedLevel('building', 'basic', ['good', 'great']) },
		]);
	});

	test('resolves a level written as a list of criteria, with examples and written ids', () => {
		const listed = makeCompetency('building', {
			levels: { basic: 'Builds.', good: ['Builds *well*.', { text: 'Ships weekly.', id: 'ships-weekly', examples: ['Shipped the search box.'] }] },
		});
		const source = makeSource({ areas: { craft: makeArea([], { competencies: [listed] }) }, roles: { maker: makeRole({ expectations: { building: 'good' } }) } });

		const { ladder, problems: found } = validateLadder(source);

		expect(found).toEqual([]);
		const good = ladder?.competencies[0]?.descriptors.get('good');
		expect(good?.isList).toBe(true);
		expect(good?.criteria.map((c) => [c.id, c.text, c.examples])).toEqual([
			['building-good-builds-well', 'Builds *well*.', []],
			['ships-weekly', 'Ships weekly.', ['Shipped the search box.']],
		]);
	});

	test('refuses an empty list of criteria or of examples, and a criterion without text', () => {
		const listed = makeCompetency('building', {
			levels: { basic: [], good: [{ text: 'Ships.', examples: [] }], great: [{ id: 'no-text' }] as never },
		});
		const source = makeSource({ areas: { craft: makeArea([], { competencies: [listed] }) } });

		expect(validateLadder(source).problems.map((p) => [p.field, p.message.split(':')[0]])).toEqual([
			['competencies[0].levels.basic', 'is an empty list'],
			['competencies[0].levels.good[0].examples', 'is an empty list'],
			['competencies[0].levels.great[0].text', 'is required'],
		]);
	});

	test('refuses a criterion id used twice in the ladder, taken by a competency or by the role page', () => {
		const criterion = (id: string) => [{ text: `Criterion ${id}.`, id }];
		const first = makeCompetency('building', { levels: { basic: criterion('shared'), good: criterion('testing'), great: criterion('skills') } });
		const second = makeCompetency('testing', { levels: { basic: criterion('shared') } });
		const source = makeSource({
			areas: { craft: makeArea([], { competencies: [first] }), people: makeArea([], { competencies: [second] }) },
			roles: { maker: makeRole({ expectations: { building: 'basic' } }) },
		});

		expect(validateLadder(source).problems).toEqual([
			{ file: areaFile('craft'), field: 'competencies[0].levels.good[0].id', message: problems.criterionIdTaken('testing') },
			{ file: areaFile('craft'), field: 'competencies[0].levels.great[0].id', message: problems.reservedId('skills') },
			{ file: areaFile('people'), field: 'competencies[0].levels.basic[0].id', message: problems.duplicateId('criterion', 'shared', areaFile('craft')) },
		]);
	});

	test('fails when a competency takes an id the role page uses for its own sections', () => {
		const source = makeSource({ areas: { craft: makeArea(['expectations']) } });

		expect(validateLadder(source).problems).toEqual([
			{ file: areaFile('craft'), field: 'competencies[0].id', message: problems.reservedId('expectations') },
		]);
	});

	test('fails when a role has no title', () => {
		const { title: _title, ...untitled } = makeRole();

		expect(validateLadder(makeSource({ roles: { maker: untitled } })).problems).toEqual([
			{ file: roleFile('maker'), field: 'title', message: problems.required() },
		]);
	});

	test('fails when a grade is not a whole number', () => {
		const source = makeSource({ roles: { maker: makeRole({ grade: 2.5 }) } });

		expect(validateLadder(source).problems).toEqual([
			{ file: roleFile('maker'), field: 'grade', message: 'must be a whole number' },
		]);
	});

	test('fails on a misspelt field, naming it', () => {
		const source = makeSource({ roles: { maker: { ...makeRole(), sumary: 'Oops.' } } });

		expect(validateLadder(source).problems).toEqual([
			{ file: roleFile('maker'), field: 'sumary', message: problems.unknownField() },
		]);
	});

	test('reports the matching branch of an expectation written as an object', () => {
		const source = makeSource({ roles: { maker: makeRole({ expectations: { building: { level: 'good', note: ' ' } } }) } });

		expect(validateLadder(source).problems).toEqual([
			{ file: roleFile('maker'), field: 'expectations.building.note', message: 'must not be empty' },
		]);
	});

	test('fails when the scale has too few or too many levels', () => {
		const level = (id: string) => ({ id, label: id, description: id });
		const tooFew = makeLadderFile({ levels: [level('only')] });
		const tooMany = makeLadderFile({ levels: 'abcdefghijklm'.split('').map(level) });

		expect(validateLadder(makeSource({ ladder: tooFew })).problems).toContainEqual({
			file: LADDER,
			field: 'levels',
			message: 'needs at least 2 levels',
		});
		expect(validateLadder(makeSource({ ladder: tooMany })).problems).toContainEqual({
			file: LADDER,
			field: 'levels',
			message: 'allows at most 12 levels',
		});
	});

	test('fails on an empty ladder: no roles and no competencies', () => {
		const source = makeSource({ areas: {}, roles: {} });

		expect(validateLadder(source).problems).toEqual([
			{ file: 'content/competencies/', field: WHOLE_FILE, message: problems.noCompetencies() },
			{ file: 'content/roles/', field: WHOLE_FILE, message: problems.noRoles() },
		]);
	});

	test('fails on an empty file', () => {
		expect(validateLadder(makeSource({ ladder: null })).problems).toEqual([
			{ file: LADDER, field: WHOLE_FILE, message: problems.emptyFile() },
		]);
	});

	test('does not blame roles for an area file that fails its schema', () => {
		const source = makeSource({
			areas: { craft: { ...makeArea(['building', 'testing']), name: '' } },
			roles: { maker: makeRole({ expectations: { building: 'good' } }) },
		});

		expect(validateLadder(source).problems.map((p) => `${p.file}: ${p.field}`)).toEqual([`${areaFile('craft')}: name`]);
	});

	test('checks the levels of an area file that fails its schema in the same round', () => {
		const source = makeSource({
			areas: { craft: { ...makeArea(['building']), name: '', competencies: [{ ...makeCompetency('building'), levels: { good: 'Builds.', grate: 'Typo.' } }] } },
		});

		expect(validateLadder(source).problems.map((p) => `${p.file}: ${p.field}`)).toEqual([`${areaFile('craft')}: name`, `${areaFile('craft')}: competencies[0].levels.grate`]);
	});

	test('does not call a role that fails its schema a broken reference', () => {
		const source = makeSource({
			roles: { maker: makeRole({ next: ['senior'] }), senior: makeRole({ grade: 2, summary: '' }) },
		});

		expect(validateLadder(source).problems.map((p) => `${p.file}: ${p.field}`)).toEqual([`${roleFile('senior')}: summary`]);
	});

	test('skips competency references while an area file cannot be read at all', () => {
		const source = makeSource({ roles: { maker: makeRole({ expectations: { building: 'good' } }) } });
		source.areas[0]!.data = undefined;

		const { ladder, problems: found } = validateLadder(source);

		expect(found).toEqual([]);
		expect(ladder).toBeUndefined();
	});

	test('reports every problem of every file at once', () => {
		const source = makeSource({
			areas: { craft: makeArea(['building']), extra: { name: 'Extra' } },
			roles: {
				maker: makeRole({ track: 'nowhere', expectations: { flying: 'good' } }),
				lead: makeRole({ next: ['ghost'] }),
				untitled: makeRole({ title: '' }),
			},
		});

		const fields = validateLadder(source).problems.map((p) => `${p.file}: ${p.field}`);

		expect(fields).toEqual([
			`${areaFile('extra')}: competencies`,
			`${roleFile('untitled')}: title`,
			`${roleFile('maker')}: track`,
			`${roleFile('lead')}: next[0]`,
		]);
	});

	test('treats ids that are Object.prototype names as plain ids: an undescribed level is still undescribed', () => {
		const ladder = makeLadderFile({
			levels: [...makeLadderFile().levels, { id: 'constructor', label: 'Constructor', description: 'The top.' }],
		});
		const area = { name: 'Craft', description: 'The craft.', competencies: [makeCompetency('building'), makeCompetency('constructor')] };
		const source = makeSource({
			ladder,
			areas: { craft: area },
			roles: { constructor: makeRole({ expectations: { constructor: 'constructor' } }) },
		});

		expect(validateLadder(source).problems).toEqual([
			{ file: roleFile('constructor'), field: 'expectations.constructor', message: problems.undescribedLevel('constructor', 'constructor', LEVELS) },
		]);
	});

	test('resolves a ladder whose level, competency and role are all called constructor', () => {
		const ladder = makeLadderFile({ levels: [...makeLadderFile().levels, { id: 'constructor', label: 'Constructor', description: 'The top.' }] });
		const withTop = (id: string) => {
			const competency = makeCompetency(id);
			return { ...competency, levels: { ...competency.levels, constructor: `${id} at the top.` } };
		};
		const source = makeSource({
			ladder,
			areas: { craft: { name: 'Craft', description: 'The craft.', competencies: [withTop('building'), withTop('constructor')] } },
			roles: { constructor: makeRole({ expectations: { constructor: 'constructor', building: 'basic' } }) },
		});

		const result = validateLadder(source);

		expect(result.problems).toEqual([]);
		const competency = result.ladder?.competencies.find((c) => c.id === 'constructor');
		expect(competency?.descriptors.get('constructor')?.criteria[0]?.text).toBe('constructor at the top.');
		expect(result.ladder?.roles[0]?.expectations).toEqual([
			{ competencyId: 'building', levelId: 'basic' },
			{ competencyId: 'constructor', levelId: 'constructor' },
		]);
	});

	test('refuses a role listed twice in next', () => {
		const source = makeSource({ roles: { maker: makeRole({ next: ['boss', 'boss'] }), boss: makeRole({ title: 'Boss', grade: 2 }) } });

		expect(validateLadder(source).problems).toEqual([{ file: roleFile('maker'), field: 'next[1]', message: problems.listedTwice('boss') }]);
	});

	test('refuses a title with an invisible direction override', () => {
		const source = makeSource({ roles: { maker: makeRole({ title: 'Engineer \u202Ereganam' }) } });

		expect(validateLadder(source).problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
			expect.stringMatching(/^title: contains an invisible direction override/),
		]);
	});

	test('refuses a reference definition in a descriptor, a criterion or a note, which other Markdown readers take for a link', () => {
		const building = makeCompetency('building', {
			levels: {
				basic: 'See [the guide][g].\n\n[g]: javascript:alert(1)',
				good: [{ text: '[g]: https://example.com "title"' }],
				great: 'A [bracket]: is text, as is [x]: with spaces after',
			},
		});
		const source = makeSource({ areas: { craft: makeArea([], { competencies: [building] }) }, roles: { maker: makeRole({ expectations: { building: { level: 'good', note: ' [n]: /roles/maker/' } } }) } });

		expect(validateLadder(source).problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
			expect.stringMatching(/^competencies\[0\]\.levels\.basic: holds a reference definition/),
			expect.stringMatching(/^competencies\[0\]\.levels\.good\[0\]\.text: holds a reference definition/),
			expect.stringMatching(/^expectations\.building\.note: holds a reference definition/),
		]);
	});

	test('refuses a track that names an unknown area, and a baseline outside the scale', () => {
		const ladder = makeLadderFile({ tracks: [{ id: 'maker', name: 'Maker', areas: ['craft', 'cooking'] }, { id: 'lead', name: 'Lead' }] });
		const source = makeSource({ ladder, roles: { maker: makeRole({ baseline: 'legendary' }) } });

		expect(validateLadder(source).problems).toEqual([
			{ file: LADDER, field: 'tracks[0].areas[1]', message: problems.unknownArea('cooking', ['craft']) },
			{ file: roleFile('maker'), field: 'baseline', message: problems.unknownLevel('legendary', LEVELS) },
		]);
	});

	test('refuses a track of an unknown group, a group named twice, and a group no track names', () => {
		const ladder = makeLadderFile({
			groups: [
				{ id: 'data', name: 'Data' },
				{ id: 'data', name: 'Data again' },
				{ id: 'empty', name: 'Nobody' },
			],
			tracks: [
				{ id: 'maker', name: 'Maker', group: 'dta' },
				{ id: 'lead', name: 'Lead', group: 'data' },
			],
		});

		expect(validateLadder(makeSource({ ladder })).problems).toEqual([
			{ file: LADDER, field: 'groups[1].id', message: problems.duplicateId('group', 'data', LADDER) },
			{ file: LADDER, field: 'tracks[0].group', message: problems.unknownGroup('dta', ['data', 'empty']) },
			{ file: LADDER, field: 'groups[2].id', message: problems.emptyGroup('empty') },
		]);
		expect(problems.unknownGroup('dta', ['data', 'empty'])).toContain('did you mean "data"?');
	});

	test('reports an area file whose competencies are left empty once, not again for every role that uses one', () => {
		const source = makeSource({
			areas: { craft: makeArea(['building']), people: { name: 'People', competencies: null } },
			roles: { maker: makeRole({ expectations: { building: 'good', mentoring: 'good', hiring: 'basic' } }) },
		});

		expect(validateLadder(source).problems.map((p) => `${p.file}: ${p.field}`)).toEqual([`${areaFile('people')}: competencies`]);
	});
});

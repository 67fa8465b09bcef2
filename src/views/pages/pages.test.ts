import { describe, expect, test } from 'vitest';
import { makeArea, makeLadder, makeLadderFile, makeRole, makeSource } from '../../../tests/support/ladder-builders.ts';
import { getTrack } from '../../model/ladder/lookup.ts';
import { descriptorText } from '../../../tests/support/descriptor-text.ts';
import { ladderOverview, listsRoles } from './overview.ts';
import { expectationRows } from './role-expectations.ts';
import { opensWithProse, roleHeadings, rolePage } from './role-page.ts';
import { ladderSidebar, SIDEBAR_ROLE_LIMIT } from './sidebar.ts';
import { trackSteps } from './track-steps.ts';

const ladder = makeLadder(
	makeSource({
		areas: { craft: makeArea(['building'], { order: 1 }), people: makeArea(['teaching'], { name: 'People', order: 2 }) },
		roles: {
			junior: makeRole({ title: 'Junior', next: ['senior'], expectations: { building: 'basic' } }),
			senior: makeRole({
				title: 'Senior',
				grade: 2,
				skills: { Tools: ['Git'] },
				expectations: { teaching: { level: 'good', note: 'Mentors juniors.' }, building: 'great' },
			}),
		},
	}),
);

describe('expectationRows', () => {
	test('groups a role expectations by area with the level and its descriptor', () => {
		const groups = expectationRows(ladder, rolePage(ladder, 'senior').role);

		expect(groups.map((g) => [g.area.name, g.rows.map((r) => [r.competency.id, r.level.label, descriptorText(r.descriptor), r.note])])).toEqual([
			['Craft', [['building', 'Great', 'building at great.', undefined]]],
			['People', [['teaching', 'Good', 'teaching at good.', 'Mentors juniors.']]],
		]);
	});
});

describe('rolePage', () => {
	test('gathers the track and both directions of the career path', () => {
		const page = rolePage(ladder, 'senior');

		expect(page.track.id).toBe('maker');
		expect(page.reachedFrom.map((r) => r.role.id)).toEqual(['junior']);
		expect(page.next).toEqual([]);
		expect(page.levelCount).toBe(3);
	});

	test('lists the page sections with the prose headings in their place', () => {
		const headings = roleHeadings(rolePage(ladder, 'senior'), [
			{ depth: 2, slug: 'responsibilities', text: 'Responsibilities' },
			{ depth: 4, slug: 'deep', text: 'Too deep for the table of contents' },
		]);

		expect(headings.map((h) => h.slug)).toEqual(['at-a-glance', 'expectations', 'skills', 'responsibilities', 'career-paths']);
	});

	test('puts a body that opens with prose before the expectations, under "About this role"', () => {
		const headings = roleHeadings(rolePage(ladder, 'senior'), [{ depth: 2, slug: 'later', text: 'Later' }], false, true);

		expect(headings.map((h) => h.slug)).toEqual(['at-a-glance', 'about-this-role', 'later', 'expectations', 'skills', 'career-paths']);
		expect(opensWithProse('\nHires and grows designers.\n\n## Later\n')).toBe(true);
		expect(opensWithProse('<!-- a note -->\n## Responsibilities\n\nText.')).toBe(false);
		expect(opensWithProse('#hashtag is prose, not a heading')).toBe(true);
		expect(opensWithProse('\n\n')).toBe(false);
	});

	test('leaves out the sections a role has nothing for', () => {
		const bare = makeLadder(makeSource({ roles: { maker: makeRole() } }));

		expect(roleHeadings(rolePage(bare, 'maker'), []).map((h) => h.slug)).toEqual(['at-a-glance', 'career-paths']);
	});
});

describe('trackSteps', () => {
	test('lists each role with what changes over the rung below it', () => {
		const steps = trackSteps(ladder, getTrack(ladder, 'maker'));

		expect(steps.map((s) => [s.role.id, s.previous?.id, s.changes.map((c) => `${c.competency.id}:${c.kind}`)])).toEqual([
			['junior', undefined, ['building:added']],
			['senior', 'junior', ['building:raised', 'teaching:added']],
		]);
	});
});

describe('ladderOverview and ladderSidebar', () => {
	test('list every track with its roles in grade order, empty tracks included', () => {
		expect(ladderOverview(ladder).flatMap((section) => section.tracks).map((t) => [t.track.id, t.roles.map((r) => r.id)])).toEqual([
			['maker', ['junior', 'senior']],
			['lead', []],
		]);
		expect(ladderOverview(ladder).every((section) => section.group === undefined && section.tracks.length === 1)).toBe(true);
	});

	test('list a group’s tracks together under it, in their order, where its first track is; the sidebar folds each group', () => {
		const grouped = makeLadder(
			makeSource({
				ladder: makeLadderFile({
					groups: [{ id: 'data', name: 'Data and analysis' }],
					tracks: [
						{ id: 'analyst', name: 'Analyst', group: 'data' },
						{ id: 'maker', name: 'Maker' },
						{ id: 'scientist', name: 'Scientist', group: 'data' },
					],
				}),
				roles: { analyst: makeRole({ track: 'analyst' }), maker: makeRole(), scientist: makeRole({ track: 'scientist' }) },
			}),
		);

		expect(grouped.tracks.map((track) => track.id)).toEqual(['analyst', 'scientist', 'maker']);
		expect(grouped.roles.map((role) => role.id)).toEqual(['analyst', 'scientist', 'maker']);
		expect(grouped.groups).toEqual([{ id: 'data', name: 'Data and analysis', description: undefined, trackIds: ['analyst', 'scientist'] }]);
		expect(ladderOverview(grouped).map((section) => [section.group?.id, section.tracks.map((t) => t.track.id)])).toEqual([
			['data', ['analyst', 'scientist']],
			[undefined, ['maker']],
		]);
		const sidebar = ladderSidebar(grouped, []);
		expect(sidebar.filter((item) => 'items' in item).map((item) => [item.label, 'items' in item && item.items.map((one) => one.label), 'collapsed' in item && item.collapsed])).toEqual([
			['Data and analysis', ['Analyst', 'Scientist'], true],
			['Maker', ['Maker: overview', 'Maker'], false],
		]);
	});

	test('a big ladder’s home page names each track with its roles counted, and draws no group’s diagram: its track pages do', () => {
		const roles = Object.fromEntries(Array.from({ length: 61 }, (_, index) => [`role-${index + 1}`, makeRole({ track: index % 2 ? 'lead' : 'analyst', grade: 1 + (index % 5) })]));
		const big = makeLadder(
			makeSource({
				ladder: makeLadderFile({ groups: [{ id: 'all', name: 'All' }], tracks: [{ id: 'analyst', name: 'Analyst', group: 'all' }, { id: 'lead', name: 'Lead', group: 'all' }] }),
				roles,
			}),
		);

		expect(listsRoles(big)).toBe(false);
		expect(ladderOverview(big).map((section) => section.diagram)).toEqual([undefined]);
		expect(listsRoles(ladder)).toBe(true);
	});

	test('build a sidebar group per track, then the guides', () => {
		expect(ladderSidebar(ladder, [{ id: 'guides/welcome', title: 'Welcome' }])).toMatchInlineSnapshot(`
			[
			  {
			    "label": "Competency matrix",
			    "link": "/matrix/",
			  },
			  {
			    "label": "Competencies",
			    "link": "/competencies/",
			  },
			  {
			    "label": "Compare roles",
			    "link": "/compare/",
			  },
			  {
			    "label": "Search with filters",
			    "link": "/search/",
			  },
			  {
			    "label": "What changed",
			    "link": "/changes/",
			  },
			  {
			    "label": "Team view",
			    "link": "/team/",
			  },
			  {
			    "label": "Download the ladder",
			    "link": "/downloads/",
			  },
			  {
			    "items": [
			      {
			        "label": "Maker: overview",
			        "link": "/tracks/maker/",
			      },
			      {
			        "label": "Junior",
			        "link": "/roles/junior/",
			      },
			      {
			        "label": "Senior",
			        "link": "/roles/senior/",
			      },
			    ],
			    "label": "Maker",
			  },
			  {
			    "items": [
			      {
			        "label": "Lead: overview",
			        "link": "/tracks/lead/",
			      },
			    ],
			    "label": "Lead",
			  },
			  {
			    "items": [
			      {
			        "label": "Welcome",
			        "link": "/guides/welcome/",
			      },
			    ],
			    "label": "Guides",
			  },
			]
		`);
	});
});

describe('ladderSidebar on a large ladder', () => {
	test('lists each track overview but not every role, so pages do not grow with the ladder', () => {
		const roles = Object.fromEntries(
			Array.from({ length: SIDEBAR_ROLE_LIMIT + 1 }, (_, i) => [`role-${i}`, makeRole({ title: `Role ${i}`, grade: i })]),
		);
		const sidebar = ladderSidebar(makeLadder(makeSource({ roles })), []);

		const links = JSON.stringify(sidebar).match(/"link"/g)?.length;

		// The seven whole-ladder views (the downloads and the team view among them) and a track overview per track.
		expect(links).toBe(7 + 2);
	});
});

/**
 * Builders for unit tests: small valid ladders as plain files, so each test states only what it
 * changes. They produce `LadderSource` data, which goes through the real schemas and validator.
 */
import type { CompetencyAreaData } from '../../src/schemas/competency-area.ts';
import type { LadderData } from '../../src/schemas/ladder.ts';
import type { RoleData } from '../../src/schemas/role.ts';
import type { LadderSource } from '../../src/model/files/source.ts';
import { validateLadder } from '../../src/model/files/validate.ts';
import type { Ladder } from '../../src/model/ladder/types.ts';

export const LEVEL_IDS = ['basic', 'good', 'great'] as const;

/** `ladder.yaml` with three levels and two tracks. */
export function makeLadderFile(overrides: Partial<LadderData> = {}): LadderData {
	return {
		name: 'Test ladder',
		description: 'A ladder for tests.',
		levels: LEVEL_IDS.map((id) => ({ id, label: capitalise(id), description: `The ${id} level.` })),
		tracks: [
			{ id: 'maker', name: 'Maker', description: 'People who make things.' },
			{ id: 'lead', name: 'Lead', description: 'People who lead makers.' },
		],
		...overrides,
	};
}

/** A competency described at every level of `makeLadderFile`'s scale. */
export function makeCompetency(id: string, overrides: Partial<CompetencyAreaData['competencies'][number]> = {}) {
	return {
		id,
		name: capitalise(id.replaceAll('-', ' ')),
		description: `What ${id} covers.`,
		levels: Object.fromEntries(LEVEL_IDS.map((level) => [level, `${id} at ${level}.`])),
		...overrides,
	};
}

/** A competency area file. */
export function makeArea(competencyIds: string[], overrides: Partial<CompetencyAreaData> = {}): CompetencyAreaData {
	return {
		name: 'Craft',
		description: 'The craft.',
		competencies: competencyIds.map((id) => makeCompetency(id)),
		...overrides,
	};
}

/** A role's frontmatter on the `maker` track. */
export function makeRole(overrides: Partial<RoleData> = {}): RoleData {
	return { title: 'Maker', track: 'maker', grade: 1, summary: 'Makes things.', ...overrides };
}

/** A whole ladder as files: one area `craft` with `building` and `testing`, and the given roles. */
export function makeSource({
	ladder = makeLadderFile(),
	areas = { craft: makeArea(['building', 'testing']) },
	roles = { maker: makeRole() },
}: {
	ladder?: unknown;
	areas?: Record<string, unknown>;
	roles?: Record<string, unknown>;
} = {}): LadderSource {
	return {
		dir: 'content',
		ladder: { id: 'ladder', file: 'content/ladder.yaml', data: ladder },
		areas: Object.entries(areas).map(([id, data]) => ({ id, file: areaFile(id), data })),
		roles: Object.entries(roles).map(([id, data]) => ({ id, file: roleFile(id), data })),
	};
}

/** Validates a source that must be valid, failing loudly with its problems if it is not. */
export function makeLadder(source: LadderSource = makeSource()): Ladder {
	const { ladder, problems } = validateLadder(source);
	if (!ladder) throw new Error(`Fixture ladder is invalid: ${JSON.stringify(problems, null, 2)}`);
	return ladder;
}

export const areaFile = (id: string) => `content/competencies/${id}.yaml`;
export const roleFile = (id: string) => `content/roles/${id}.mdx`;

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

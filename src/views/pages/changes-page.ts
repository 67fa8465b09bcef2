import { diffLadders, hasChanges, type LadderChanges } from '../../history/ladder-diff.ts';
import { currentRelease, type Release } from '../../history/releases.ts';
import type { LadderExport } from '../../io/ladder-export-schema.ts';
import { wordDiff, type WordDiffPart } from './word-diff.ts';

export const UNRELEASED_ID = 'unreleased';

/**
 * `/changes/`: every release, newest first, with what changed since the one before, and above them
 * what changed since the latest ("Unreleased"), when anything did.
 */
export function changesPage(current: LadderExport, releases: readonly Release[]): ChangesPage {
	const latest = releases.at(-1);
	const entries: ChangesEntry[] = [];
	if (latest && !currentRelease(current, releases)) {
		const changes = diffLadders(latest.ladder, current);
		if (hasChanges(changes)) entries.push(entry(UNRELEASED_ID, 'Unreleased', undefined, latest.name, changes));
	}
	for (let index = releases.length - 1; index >= 0; index--) {
		const release = releases[index]!;
		const previous = releases[index - 1];
		entries.push(
			previous
				? entry(release.name, release.name, release.date, previous.name, diffLadders(previous.ladder, release.ladder))
				: { id: release.name, title: release.name, date: release.date, first: { roles: release.ladder.roles.length, competencies: release.ladder.competencies.length } },
		);
	}
	return { entries, currentRoleIds: new Set(current.roles.map((role) => role.id)), currentCompetencyIds: new Set(current.competencies.map((c) => c.id)) };
}

function entry(id: string, title: string, date: string | undefined, since: string, changes: LadderChanges): ChangesEntry {
	return {
		id,
		title,
		date,
		since,
		changes,
		reworded: new Map(
			changes.descriptors.flatMap((descriptor) => descriptor.reworded.map((r) => [`${descriptor.competencyId}/${descriptor.levelId}/${r.id}`, wordDiff(r.from, r.to)] as const)),
		),
	};
}

/** The anchors of `/changes/`: a release, and a role's or a competency's part of it. */
export const changeAnchors = {
	role: (entryId: string, roleId: string) => `${entryId}--role-${roleId}`,
	competency: (entryId: string, competencyId: string, levelId: string) => `${entryId}--competency-${competencyId}-${levelId}`,
};

export interface ChangesPage {
	/** Newest first. */
	entries: ChangesEntry[];
	/** What the site has pages for: a change links to its page only when it has one. */
	currentRoleIds: ReadonlySet<string>;
	currentCompetencyIds: ReadonlySet<string>;
}

export interface ChangesEntry {
	/** The release's name, or "unreleased"; the entry's anchor. */
	id: string;
	title: string;
	date?: string | undefined;
	/** The release it is compared with; absent for the first release. */
	since?: string | undefined;
	changes?: LadderChanges;
	/** `competency/level/criterion` → the reworded text, word by word. */
	reworded?: ReadonlyMap<string, WordDiffPart[]>;
	/** For the first release, what it held. */
	first?: { roles: number; competencies: number };
}

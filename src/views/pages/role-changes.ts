import type { Role } from '../../model/ladder/types.ts';
import { changeAnchors, UNRELEASED_ID, type ChangesPage } from './changes-page.ts';
import { paths } from '../../model/ladder/paths.ts';
import type { Messages } from '../../messages/catalogue.ts';
import { say } from '../../messages/say.ts';

/**
 * What changed for one role in the latest release, and since it (unreleased): its own moves and
 * renames, its expectations raised, lowered, added or removed, and the reworded criteria of the
 * levels it expects. Each links to the role's part of `/changes/`.
 */
export function roleChanges(page: ChangesPage, role: Role, words: Messages): RoleChangesEntry[] {
	const unreleased = page.entries.find((entry) => entry.id === UNRELEASED_ID);
	const latest = page.entries.find((entry) => entry.id !== UNRELEASED_ID);
	const expected = new Set(role.expectations.map((e) => `${e.competencyId}/${e.levelId}`));
	return [unreleased, latest].flatMap((entry): RoleChangesEntry[] => {
		if (!entry?.changes) return [];
		const { roles, expectations, descriptors } = entry.changes;
		const lines: string[] = [];
		if (roles.added.some((added) => added.id === role.id)) lines.push(words['history.new-role']);
		for (const renamed of roles.renamed.filter((r) => r.id === role.id)) lines.push(say(words, 'history.renamed-from', { from: renamed.from }));
		for (const moved of roles.moved.filter((r) => r.id === role.id)) lines.push(say(words, 'history.moved', { from: moved.from, to: moved.to }));
		for (const change of expectations.find((e) => e.roleId === role.id)?.changes ?? []) {
			const kind = change.kind === 'added' ? 'history.newly-expected' : change.kind === 'removed' ? 'history.no-longer-expected' : change.kind === 'raised' ? 'history.raised' : 'history.lowered';
			lines.push(say(words, kind, { competency: change.competency, from: change.from ?? '', to: change.to ?? '' }));
		}
		for (const descriptor of descriptors.filter((d) => expected.has(`${d.competencyId}/${d.levelId}`))) {
			const counts = [
				descriptor.added.length > 0 && say(words, 'history.criteria-added', { count: descriptor.added.length }),
				descriptor.removed.length > 0 && say(words, 'history.criteria-removed', { count: descriptor.removed.length }),
				descriptor.reworded.length > 0 && say(words, 'history.criteria-reworded', { count: descriptor.reworded.length }),
			].filter(Boolean);
			lines.push(say(words, 'history.criteria', { competency: descriptor.competency, level: descriptor.level, counts: counts.join(', ') }));
		}
		if (lines.length === 0) return [];
		// The role's own part of the entry is its expectation changes; without them, the entry itself.
		const anchor = expectations.some((e) => e.roleId === role.id) ? changeAnchors.role(entry.id, role.id) : entry.id;
		const title =
			entry.id === UNRELEASED_ID
				? say(words, 'history.since-unreleased', { release: entry.since ?? '' })
				: say(words, entry.date ? 'history.in-release-dated' : 'history.in-release', { release: entry.title, date: entry.date ?? '' });
		return [{ title, lines, href: `${paths.changes()}#${anchor}` }];
	});
}

export interface RoleChangesEntry {
	title: string;
	lines: string[];
	href: string;
}

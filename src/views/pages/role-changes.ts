import type { Role } from '../../model/ladder/types.ts';
import { changeAnchors, UNRELEASED_ID, type ChangesPage } from './changes-page.ts';
import { paths } from '../../model/ladder/paths.ts';

/**
 * What changed for one role in the latest release, and since it (unreleased): its own moves and
 * renames, its expectations raised, lowered, added or removed, and the reworded criteria of the
 * levels it expects. Each links to the role's part of `/changes/`.
 */
export function roleChanges(page: ChangesPage, role: Role): RoleChangesEntry[] {
	const unreleased = page.entries.find((entry) => entry.id === UNRELEASED_ID);
	const latest = page.entries.find((entry) => entry.id !== UNRELEASED_ID);
	const expected = new Set(role.expectations.map((e) => `${e.competencyId}/${e.levelId}`));
	return [unreleased, latest].flatMap((entry): RoleChangesEntry[] => {
		if (!entry?.changes) return [];
		const { roles, expectations, descriptors } = entry.changes;
		const lines: string[] = [];
		if (roles.added.some((added) => added.id === role.id)) lines.push('New role.');
		for (const renamed of roles.renamed.filter((r) => r.id === role.id)) lines.push(`Renamed from ${renamed.from}.`);
		for (const moved of roles.moved.filter((r) => r.id === role.id)) lines.push(`Moved from ${moved.from} to ${moved.to}.`);
		for (const change of expectations.find((e) => e.roleId === role.id)?.changes ?? []) {
			lines.push(
				change.kind === 'added'
					? `${change.competency}: newly expected, at ${change.to}.`
					: change.kind === 'removed'
						? `${change.competency}: no longer expected (was ${change.from}).`
						: `${change.competency}: ${change.kind} from ${change.from} to ${change.to}.`,
			);
		}
		for (const descriptor of descriptors.filter((d) => expected.has(`${d.competencyId}/${d.levelId}`))) {
			const counts = [
				descriptor.added.length > 0 && `${descriptor.added.length} added`,
				descriptor.removed.length > 0 && `${descriptor.removed.length} removed`,
				descriptor.reworded.length > 0 && `${descriptor.reworded.length} reworded`,
			].filter(Boolean);
			lines.push(`${descriptor.competency} at ${descriptor.level}: criteria ${counts.join(', ')}.`);
		}
		if (lines.length === 0) return [];
		// The role's own part of the entry is its expectation changes; without them, the entry itself.
		const anchor = expectations.some((e) => e.roleId === role.id) ? changeAnchors.role(entry.id, role.id) : entry.id;
		const title = entry.id === UNRELEASED_ID ? `Since ${entry.since} (unreleased)` : `In ${entry.title}${entry.date ? `, ${entry.date}` : ''}`;
		return [{ title, lines, href: `${paths.changes()}#${anchor}` }];
	});
}

export interface RoleChangesEntry {
	title: string;
	lines: string[];
	href: string;
}

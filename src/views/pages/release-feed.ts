import { UNRELEASED_ID, type ChangesPage } from './changes-page.ts';
import { paths } from '../../model/ladder/paths.ts';

/** The feed of releases: one item per release, newest first, each a summary linking to its part of /changes/. */
export function releaseFeed(ladderName: string, page: ChangesPage) {
	return {
		title: `${ladderName}: releases`,
		description: `What changed in each release of the ${ladderName}.`,
		items: page.entries
			.filter((entry) => entry.id !== UNRELEASED_ID && entry.date)
			.map((entry) => ({
				title: `${ladderName} ${entry.title}`,
				link: `${paths.changes()}#${entry.id}`,
				pubDate: new Date(`${entry.date}T00:00:00Z`),
				description: summary(entry),
			})),
	};
}

function summary(entry: ChangesPage['entries'][number]): string {
	if (entry.first) return `The first release: ${entry.first.roles} roles, ${entry.first.competencies} competencies.`;
	const changes = entry.changes;
	if (!changes) return '';
	const count = (n: number, one: string, many: string) => (n > 0 ? [`${n} ${n === 1 ? one : many}`] : []);
	const parts = [
		...count(changes.roles.added.length, 'role added', 'roles added'),
		...count(changes.roles.removed.length, 'role removed', 'roles removed'),
		...count(changes.roles.renamed.length + changes.roles.moved.length, 'role renamed or moved', 'roles renamed or moved'),
		...count(changes.competencies.added.length, 'competency added', 'competencies added'),
		...count(changes.competencies.removed.length, 'competency removed', 'competencies removed'),
		...count(changes.expectations.length, 'role with changed expectations', 'roles with changed expectations'),
		...count(changes.descriptors.length, 'level reworded', 'levels reworded'),
	];
	return `Since ${entry.since}: ${parts.length > 0 ? parts.join(', ') : 'no change'}.`;
}

import { UNRELEASED_ID, type ChangesPage } from './changes-page.ts';
import { paths } from '../../model/ladder/paths.ts';
import type { Messages } from '../../messages/catalogue.ts';
import { say, sayCount, type Counted } from '../../messages/say.ts';

/** The feed of releases: one item per release, newest first, each a summary linking to its part of /changes/; in `language`. */
export function releaseFeed(ladderName: string, page: ChangesPage, words: Messages, language: string) {
	return {
		title: say(words, 'feed.title', { ladder: ladderName }),
		description: say(words, 'feed.description', { ladder: ladderName }),
		items: page.entries
			.filter((entry) => entry.id !== UNRELEASED_ID && entry.date)
			.map((entry) => ({
				title: say(words, 'feed.item', { ladder: ladderName, release: entry.title }),
				link: `${paths.changes()}#${entry.id}`,
				pubDate: new Date(`${entry.date}T00:00:00Z`),
				description: summary(entry, words, language),
			})),
	};
}

function summary(entry: ChangesPage['entries'][number], words: Messages, language: string): string {
	if (entry.first) return say(words, 'history.first', { roles: entry.first.roles, competencies: entry.first.competencies });
	const changes = entry.changes;
	if (!changes) return '';
	const count = (n: number, base: Counted<keyof Messages>) => (n > 0 ? [sayCount(words, base, n, language)] : []);
	const parts = [
		...count(changes.roles.added.length, 'feed.roles-added'),
		...count(changes.roles.removed.length, 'feed.roles-removed'),
		...count(changes.roles.renamed.length + changes.roles.moved.length, 'feed.roles-renamed'),
		...count(changes.competencies.added.length, 'feed.competencies-added'),
		...count(changes.competencies.removed.length, 'feed.competencies-removed'),
		...count(changes.expectations.length, 'feed.expectations'),
		...count(changes.descriptors.length, 'feed.descriptors'),
	];
	return say(words, 'feed.since', { release: entry.since ?? '', counts: parts.length > 0 ? parts.join(', ') : words['feed.no-change'] });
}

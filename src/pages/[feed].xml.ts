import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getHistory, getLadder } from '../content.ts';
import { releaseFeed } from '../views/release-feed.ts';

/**
 * `/changes.xml`: an RSS feed of the ladder's releases, by `@astrojs/rss`. A feed needs absolute
 * addresses, so it is built only when the site's address is known (`SITE_URL`).
 */
export const getStaticPaths: GetStaticPaths = () => (import.meta.env.SITE ? [{ params: { feed: 'changes' } }] : []);

export const GET: APIRoute = async (context) => {
	const ladder = await getLadder();
	const feed = releaseFeed(ladder.name, (await getHistory()).page);
	return rss({ ...feed, site: context.site!, trailingSlash: false });
};

import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getHistory, getLadder, getWords } from '../content.ts';
import { releaseFeed } from '../views/pages/release-feed.ts';
import { href } from '../components/shared/href.ts';

/**
 * `/changes.xml`: an RSS feed of the ladder's releases, by `@astrojs/rss`. A feed needs absolute
 * addresses, so it is built only when the site's address is known (`SITE_URL`).
 */
export const getStaticPaths: GetStaticPaths = () => (import.meta.env.SITE ? [{ params: { feed: 'changes' } }] : []);

export const GET: APIRoute = async (context) => {
	const ladder = await getLadder();
	const feed = releaseFeed(ladder.name, (await getHistory()).page, await getWords(), ladder.translation?.language ?? ladder.language);
	// The channel's address and every item's are the site's, under its base path.
	return rss({
		...feed,
		items: feed.items.map((item) => ({ ...item, link: href(item.link) })),
		site: new URL(import.meta.env.BASE_URL, context.site!).href,
		trailingSlash: false,
	});
};

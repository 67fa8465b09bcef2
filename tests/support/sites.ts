import { join } from 'node:path';

/** Where the site tests build each ladder; one real `astro build` each, shared by every test. */
export const OUTPUT_ROOT = '.test-output';

export const SITES = {
	shipped: site('shipped', 'content'),
	design: site('design', 'tests/fixtures/design-ladder'),
	/** Markup, scripts, javascript: URLs and very long words in every text field. */
	hostile: site('hostile', 'tests/fixtures/hostile-ladder'),
	/** A framework's shape: 6 levels, topics per track and from later levels, roles by baseline. */
	framework: site('framework', 'tests/fixtures/framework-ladder'),
};

export type Site = ReturnType<typeof site>;

function site(name: string, contentDir: string) {
	const root = join(OUTPUT_ROOT, name);
	return { name, contentDir, dist: join(root, 'dist'), cacheDir: join(root, 'cache') };
}

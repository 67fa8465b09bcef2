import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { devTolerant } from './integrations/dev-tolerant-loader.ts';
import { contentDir } from './model/files/content-dir.ts';
import { CompetencyAreaSchema } from './schemas/competency-area.ts';
import { LadderSchema } from './schemas/ladder.ts';
import { RoleSchema } from './schemas/role.ts';
import { guideFiles, guideId } from './translations/guide-files.ts';
import { builtLanguage, TRANSLATED_ROLES } from './translations/site-language.ts';

const dir = contentDir();
const dev = import.meta.env.DEV;
/** The translation this build writes the site in, if it is one (`LADDER_LANGUAGE`). */
const language = builtLanguage();

export const collections = {
	/**
	 * Starlight's UI strings; none are overridden, but Starlight reads the collection on every page
	 * and warns when it is empty, so `src/content/i18n/en.json` is an empty set of overrides.
	 */
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	/** Free guide pages, rendered by Starlight under /guides/. */
	docs: defineCollection({
		// A guide translated into the language the site is built in takes its original's place.
		loader: glob({ ...guideFiles(dir, language), generateId: ({ entry }) => guideId(entry) }),
		schema: docsSchema({
			extend: z.object({
				/** Lowers the page title's weight in search; comparisons name two roles in theirs. */
				titleSearchWeight: z.number().min(0).max(10).optional(),
			}),
		}),
	}),
	ladder: defineCollection({ loader: devTolerant(glob({ base: dir, pattern: 'ladder.yaml' }), dev), schema: LadderSchema }),
	areas: defineCollection({
		loader: devTolerant(glob({ base: `${dir}/competencies`, pattern: '*.{yaml,yml}' }), dev),
		schema: CompetencyAreaSchema,
	}),
	roles: defineCollection({ loader: devTolerant(glob({ base: `${dir}/roles`, pattern: '*.{md,mdx}' }), dev), schema: RoleSchema }),
	// Only in a build of a translation: a role without a translated body shows its original.
	...(language
		? { [TRANSLATED_ROLES]: defineCollection({ loader: glob({ base: `${dir}/translations/${language}/roles`, pattern: '*.{md,mdx}' }), schema: z.object({ translatedFrom: z.string().optional() }) }) }
		: {}),
};

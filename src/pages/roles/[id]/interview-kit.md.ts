import type { APIRoute, GetStaticPaths } from 'astro';
import { getInterviewKits, getLadder, getWords, renderRoleBody } from '../../../content.ts';
import { adProse } from '../../../io/ad-prose.ts';
import { interviewKitMarkdown } from '../../../io/interview-kit-markdown.ts';
import type { InterviewKit } from '../../../model/hiring/interview-kit.ts';
import { contentDir } from '../../../model/files/content-dir.ts';

export const getStaticPaths: GetStaticPaths = async () => (await getInterviewKits()).map((kit) => ({ params: { id: kit.ad.role.id }, props: { kit } }));

/** A role's interview kit as Markdown: the hiring page's download. */
export const GET: APIRoute = async ({ props }) => {
	const { kit } = props as { kit: InterviewKit };
	const { body } = await renderRoleBody(kit.ad.role.id);
	const ladder = await getLadder();
	const markdown = interviewKitMarkdown(kit, adProse(body, contentDir(), kit.ad.role.file), await getWords(), ladder.translation?.language ?? ladder.language);
	return new Response(markdown, { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
};

import type { APIRoute, GetStaticPaths } from 'astro';
import { getKitRelease, getLadder, renderRoleBody } from '../../../content.ts';
import { adProse } from '../../../io/ad-prose.ts';
import { contentDir } from '../../../model/files/content-dir.ts';
import { interviewKitMarkdown } from '../../../io/interview-kit-markdown.ts';
import { hiredRoles, interviewKit } from '../../../model/hiring/interview-kit.ts';

export const getStaticPaths: GetStaticPaths = async () => {
	const ladder = await getLadder();
	return hiredRoles(ladder).map((id) => ({ params: { id } }));
};

/** A role's interview kit as Markdown: the hiring page's download. */
export const GET: APIRoute = async ({ params }) => {
	const [ladder, release] = await Promise.all([getLadder(), getKitRelease()]);
	const kit = interviewKit(ladder, params.id!, release)!;
	const { body } = await renderRoleBody(kit.ad.role.id);
	return new Response(interviewKitMarkdown(kit, adProse(body, contentDir(), kit.ad.role.file)), { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
};

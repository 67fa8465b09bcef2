import { currentRelease, readReleases } from '../history/releases.ts';
import { interviewKitJson } from '../io/interview-kit-json.ts';
import { interviewKitMarkdown } from '../io/interview-kit-markdown.ts';
import { adProse } from '../io/ad-prose.ts';
import { ladderToJson } from '../io/ladder-json.ts';
import { loadLadder } from '../model/files/load.ts';
import { LadderError } from '../model/files/problems.ts';
import { interviewKit } from '../model/hiring/interview-kit.ts';

/**
 * `ladder hiring <role-id>`: prints the role's interview kit (the hiring page's download) as
 * Markdown or JSON, for an applicant-tracking system. Returns the exit code: 2 for an unknown
 * format, 1 for an unknown role or one not hired for from outside.
 */
export function hiring(dir: string, roleId: string, format = 'markdown'): number {
	if (format !== 'markdown' && format !== 'json') {
		console.error(`ladder: hiring --format takes markdown or json, not "${format}"`);
		return 2;
	}
	const { ladder, bodies } = loadLadder(dir);
	if (!ladder.roles.some((role) => role.id === roleId)) {
		throw new LadderError([{ file: dir, field: 'roles', message: `no role "${roleId}"; the roles are: ${ladder.roles.map((role) => role.id).join(', ')}` }]);
	}
	const { releases, problems } = readReleases(dir);
	if (problems.length > 0) throw new LadderError(problems);
	const current = currentRelease(ladderToJson(ladder), releases);
	const kit = interviewKit(ladder, roleId, { current, latest: releases.at(-1) });
	if (!kit) {
		console.error(`ladder: ${roleId} has hiring: false, so it has no interview kit: remove it from the role's file to hire for it`);
		return 1;
	}
	const prose = adProse(bodies.get(kit.ad.role.file)?.text ?? '', dir, kit.ad.role.file);
	process.stdout.write(format === 'json' ? `${JSON.stringify(interviewKitJson(kit), null, 2)}\n` : interviewKitMarkdown(kit, prose));
	return 0;
}

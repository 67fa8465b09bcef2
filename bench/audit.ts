/**
 * `npm run audit`: Lighthouse (its default mobile preset) with Debian's Chromium on every page type
 * of the built shipped ladder; prints the four category scores per page, the metrics behind the
 * performance score, DOM size and HTML weight. Figures only: it fails only if Lighthouse cannot
 * run. `npm run bench` audits the same page types on a generated 200-role ladder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroBuild } from '../tests/support/astro-build.ts';
import { auditPages, printAudits } from './lighthouse.ts';

const PAGES = [
	['home', '/'],
	['role', '/roles/lead-software-engineer/'],
	['track', '/tracks/individual-contributor/'],
	['matrix', '/matrix/'],
	['track matrix', '/matrix/individual-contributor/'],
	['competency', '/competencies/system-design/'],
	['comparison', '/compare/lead-software-engineer/senior-technical-lead/'],
	['picker', '/compare/?roles=software-engineer,lead-software-engineer'],
	['search', '/search/'],
	['changes', '/changes/'],
	['hiring', '/roles/lead-software-engineer/hiring/'],
	['scorecard', '/roles/lead-software-engineer/scorecard/'],
] as const;

const work = mkdtempSync(join(tmpdir(), 'ladder-audit-'));
try {
	const dist = join(work, 'dist');
	const { status, output } = await astroBuild({ contentDir: 'content', dist, cacheDir: join(work, 'cache') });
	if (status !== 0) throw new Error(`build failed:\n${output}`);
	console.log('\n## Lighthouse, mobile preset, Debian Chromium: the shipped ladder\n');
	printAudits(await auditPages(dist, PAGES));
	console.log('\nTarget: 100 in every category on every page.');
} finally {
	rmSync(work, { recursive: true, force: true });
}

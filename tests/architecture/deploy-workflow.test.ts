/**
 * The GitHub Pages workflow, read as GitHub reads it: it parses, every action is pinned to a full
 * commit (with its version named), the ladder is checked before it is built, and a pull request
 * builds but never publishes, with no secret in reach.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const FILE = resolve(import.meta.dirname, '../../.github/workflows/deploy.yml');
const text = readFileSync(FILE, 'utf8');

interface Step {
	uses?: string;
	run?: string;
	if?: string;
	env?: Record<string, string>;
	with?: Record<string, unknown>;
}
interface Job {
	if?: string;
	needs?: string;
	permissions?: Record<string, string>;
	steps: Step[];
}
const workflow = parse(text) as { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, Job> };
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

describe('the deploy workflow', () => {
	test('runs on a push to main and on pull requests', () => {
		expect(workflow.on).toHaveProperty('push.branches', ['main']);
		expect(workflow.on).toHaveProperty('pull_request');
	});

	test('pins every action to a full commit, naming its version in a comment', () => {
		const uses = text.split('\n').filter((line) => /^\s*(- )?uses:/.test(line));
		expect(uses.length).toBe(steps.filter((step) => step.uses).length);
		expect(uses.length).toBeGreaterThanOrEqual(5);
		for (const line of uses) expect(line, line).toMatch(/uses: [\w-]+\/[\w-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
	});

	test('checks the ladder before it builds it, and builds with the Pages settings’ address and base path', () => {
		const runs = workflow.jobs['build']!.steps.map((step) => step.run ?? step.uses ?? '');
		expect(runs.findIndex((run) => run === 'npm run check')).toBeLessThan(runs.findIndex((run) => run === 'npm run build'));
		const build = workflow.jobs['build']!.steps.find((step) => step.run === 'npm run build')!;
		expect(build.env).toEqual({ SITE_URL: '${{ steps.pages.outputs.origin }}', BASE_PATH: '${{ steps.pages.outputs.base_path }}' });
	});

	test('reviews a pull request’s ladder: annotations on its lines, a summary in the job, failing only as the review does', () => {
		const runs = workflow.jobs['build']!.steps.map((step) => step.run ?? step.uses ?? '');
		const review = workflow.jobs['build']!.steps.find((step) => step.run?.includes('ladder -- review'))!;
		expect(review.if).toBe("github.event_name == 'pull_request'");
		const lines = review.run!.trim().split('\n');
		expect(lines).toEqual(['npm run --silent ladder -- review --format markdown >> "$GITHUB_STEP_SUMMARY" || true', 'npm run --silent ladder -- review --format github']);
		expect(runs.indexOf(review.run!)).toBeGreaterThan(runs.indexOf('npm run check'));
	});

	test('publishes from main only: a pull request builds, uploads nothing, deploys nothing, and reaches no secret', () => {
		const deploy = Object.values(workflow.jobs).find((job) => job.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@')))!;
		expect(deploy.if).toContain("github.event_name != 'pull_request'");
		expect(deploy.if).toContain("github.ref == 'refs/heads/main'");
		expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
		const upload = steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))!;
		expect(upload.if).toBe("github.event_name != 'pull_request'");
		expect(workflow.permissions).toEqual({ contents: 'read' });
		expect(text).not.toMatch(/secrets\./);
		expect(workflow.on).not.toHaveProperty('pull_request_target');
	});
});

/**
 * Two dev servers on two ladders at once, as the tests' servers run beside an author's own
 * `npm run dev`. Astro keeps a dev server's data store in its project's `.astro/`: two servers of
 * one folder showed each other's role bodies (measured: after the second started, the first served
 * the second's body, and each edit of one moved both). Each test server runs in its own copy of
 * the project, and this checks that the copies keep them apart through edits; and that a server
 * whose folder another ladder was served from says so, with what to do.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDevServer, type DevServer } from '../support/dev-server.ts';
import { SITES } from '../support/sites.ts';

const ROLE = '/roles/product-designer/';
const ORIGINAL = 'Works inside a squad, pairing with engineers on the details.';

/** A copy of the design ladder whose product designer's body says `words`. */
function ladderSaying(words: string) {
	const work = mkdtempSync(join(tmpdir(), 'ladder-side-'));
	const content = join(work, 'content');
	cpSync(SITES.design.contentDir, content, { recursive: true });
	const say = (said: string) => {
		const file = join(content, 'roles', 'product-designer.mdx');
		const text = readFileSync(file, 'utf8');
		const before = /Works inside a squad[^\n]*|Body of [^\n]*/.exec(text)?.[0];
		if (!before) throw new Error(`the body of ${file} no longer has the sentence this test replaces: ${ORIGINAL}`);
		writeFileSync(file, text.replace(before, said));
	};
	say(words);
	return { work, content, say };
}

const first = ladderSaying('Body of the first ladder.');
const second = ladderSaying('Body of the second ladder.');
let one: DevServer;
let two: DevServer;

/** What `server` shows, looked at every half second for three: a shared file is seen within that. */
async function steadily(server: DevServer): Promise<string[][]> {
	const seen: string[][] = [];
	for (let look = 0; look < 6; look++) {
		seen.push(await bodies(server));
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	return [...new Set(seen.map((shown) => JSON.stringify(shown)))].map((shown) => JSON.parse(shown) as string[]);
}

/** Which of the bodies the page shows now. */
async function bodies(server: DevServer): Promise<string[]> {
	const { text } = await server.page(ROLE);
	return [...text.matchAll(/Body of the [a-z ]+ladder(?: again)?\./g)].map(([body]) => body);
}

beforeAll(async () => {
	one = await startDevServer(first.content, first.work, { from: 5800 });
	await one.until(async () => ((await bodies(one)).length > 0 ? true : undefined), 60_000, 'the first server’s role page');
	two = await startDevServer(second.content, second.work, { from: 6300 });
	await two.until(async () => ((await bodies(two)).length > 0 ? true : undefined), 60_000, 'the second server’s role page');
}, 150_000);

afterAll(async () => {
	await Promise.all([one?.stop(), two?.stop()]);
}, 30_000);

describe('two dev servers on two ladders', () => {
	test('each shows its own ladder, before and after an edit of the other', async () => {
		expect(await bodies(one)).toEqual(['Body of the first ladder.']);
		expect(await bodies(two)).toEqual(['Body of the second ladder.']);

		second.say('Body of the second ladder again.');
		await two.until(async () => ((await bodies(two)).includes('Body of the second ladder again.') ? true : undefined), 20_000, 'the second server to show its edit');
		expect(await steadily(one)).toEqual([['Body of the first ladder.']]);

		first.say('Body of the first ladder again.');
		await one.until(async () => ((await bodies(one)).includes('Body of the first ladder again.') ? true : undefined), 20_000, 'the first server to show its edit');
		expect(await steadily(two)).toEqual([['Body of the second ladder again.']]);
		// Its own copy each: neither saw the other's state.
		for (const server of [one, two]) expect(server.output()).not.toContain('another ladder was served');
	}, 90_000);

	test('a second ladder served from the same folder is named in the first server’s log, with what to do', async () => {
		const third = ladderSaying('Body of the third ladder.');
		const mark = one.output().length;
		const intruder = await startDevServer(third.content, third.work, { from: 6800, project: one.project });
		try {
			const warning = await one.until(
				() => /another ladder was served or built from this project folder: [^\n]*/.exec(one.output().slice(mark).replace(/\x1b\[[0-9;]*m/g, ''))?.[0],
				60_000,
				'the first server to say another ladder wrote its state',
			);
			expect(warning).toContain('ladder-side-');
			expect(warning).toContain('until you restart it');
			expect(warning).toContain('git worktree add');
		} finally {
			await intruder.stop();
		}
	}, 120_000);
});

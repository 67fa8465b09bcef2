/**
 * `astro dev` through the rounds of an author's afternoon: an edit, a YAML mistake and its fix, in a
 * role and in an area file, repeated; the content folders deleted and written again; a role file
 * renamed. After each, the next page load shows the current content, or an error naming the file,
 * within a few seconds, with no restart by hand.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDevServer, type DevServer } from '../support/dev-server.ts';
import { SITES } from '../support/sites.ts';

const work = mkdtempSync(join(tmpdir(), 'ladder-dev-rounds-'));
const content = join(work, 'content');
const saved = join(work, 'saved');
let dev: DevServer;

/** How long a page may take to show an edit: the bar is about a second on a fresh server. */
const SHOWN_WITHIN = 20_000;

beforeAll(async () => {
	cpSync(SITES.design.contentDir, content, { recursive: true });
	cpSync(SITES.design.contentDir, saved, { recursive: true });
	dev = await startDevServer(content, work, { from: 4800 });
	await shows('/roles/product-designer/', 'Designs complete product flows within one squad.', 60_000);
}, 120_000);

afterAll(async () => {
	await dev?.stop();
}, 30_000);

const role = () => join(content, 'roles', 'product-designer.mdx');
const area = () => join(content, 'competencies', 'craft.yaml');
const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
const setSummary = (summary: string) => edit(role(), (text) => text.replace(/^summary: .*$/m, `summary: ${summary}`));
const setCompetencyName = (name: string) => edit(area(), (text) => text.replace(/(- id: visual-craft\n\s+name: ).*$/m, `$1${name}`));

describe('the dev server, through an author’s rounds', () => {
	test('an edit, a mistake and its fix in a role, four times over, with no restart', async () => {
		const mark = dev.output().length;
		for (let round = 1; round <= 4; round++) {
			setSummary(`Summary of round ${round}.`);
			await shows('/roles/product-designer/', `Summary of round ${round}.`);
			edit(role(), (text) => text.replace(/^summary: .*$/m, 'summary: Leads: people and teams'));
			await failsNaming('/roles/product-designer/', 'product-designer.mdx');
			setSummary(`Fixed in round ${round}.`);
			await shows('/roles/product-designer/', `Fixed in round ${round}.`);
		}
		// A mistake leaves the title and sidebar as they were: restarting for it and its fix cost
		// seconds a round, and over twenty on a loaded machine.
		expect(dev.output().slice(mark)).not.toContain('restarting');
	}, 300_000);

	test('an edit, a mistake and its fix in an area file, twice over', async () => {
		for (let round = 1; round <= 2; round++) {
			setCompetencyName('[unclosed');
			await failsNaming('/competencies/visual-craft/', 'craft.yaml');
			setCompetencyName(`Visual craft ${round}`);
			await shows('/competencies/visual-craft/', `Visual craft ${round}`);
		}
	}, 300_000);

	test('the roles and competencies folders deleted and written again', async () => {
		rmSync(join(content, 'roles'), { recursive: true });
		rmSync(join(content, 'competencies'), { recursive: true });
		await failsNaming('/roles/product-designer/', 'roles');
		cpSync(join(saved, 'competencies'), join(content, 'competencies'), { recursive: true });
		cpSync(join(saved, 'roles'), join(content, 'roles'), { recursive: true });
		setSummary('Written again.');
		await shows('/roles/product-designer/', 'Written again.');
		setCompetencyName('Visual craft written again');
		await shows('/competencies/visual-craft/', 'Visual craft written again');
	}, 300_000);

	test('a role file renamed', async () => {
		renameSync(role(), join(content, 'roles', 'product-designer-i.mdx'));
		await shows('/roles/product-designer-i/', 'Written again.');
		edit(join(content, 'roles', 'product-designer-i.mdx'), (text) => text.replace(/^summary: .*$/m, 'summary: Renamed and edited.'));
		await shows('/roles/product-designer-i/', 'Renamed and edited.');
		// The body comes from Astro's collection, which must follow the renamed file too.
		edit(join(content, 'roles', 'product-designer-i.mdx'), (text) => `${text}\nA paragraph written after the rename.\n`);
		await shows('/roles/product-designer-i/', 'A paragraph written after the rename.');
	}, 300_000);
});

/** Waits until the page shows `text`. */
function shows(path: string, text: string, within = SHOWN_WITHIN) {
	const escaped = text.replaceAll('&', '&amp;');
	return dev.until(async () => ((await dev.page(path)).text.includes(escaped) ? true : undefined), within, `${path} to show "${text}"`);
}

/** Waits until the page is an error page, and the dev server names the file in its report. */
function failsNaming(path: string, file: string) {
	const mark = dev.output().length;
	return dev.until(
		async () => {
			const { status, text } = await dev.page(path);
			const failed = status >= 500 || /<title>[^<]*Error<\/title>/.test(text);
			return failed && dev.output().slice(mark).includes(file) ? true : undefined;
		},
		SHOWN_WITHIN,
		`${path} to fail naming ${file}`,
	);
}

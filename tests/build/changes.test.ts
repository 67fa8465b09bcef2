import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { fold, readPage } from '../support/built-pages.ts';
import { ALL_SITES, SITES } from '../support/sites.ts';

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const releasesOf = (contentDir: string) => {
	try {
		return readdirSync(join(contentDir, 'releases')).map((file) => readJson(join(contentDir, 'releases', file)));
	} catch {
		return [];
	}
};

describe.each(ALL_SITES)('the $name ladder’s history', (site) => {
	const releases = releasesOf(site.contentDir).sort((a, b) => b.releasedOn.localeCompare(a.releasedOn));

	test('every release snapshot is valid against /ladder.schema.json', () => {
		const validate = new Ajv2020({ strict: false }).compile(readJson(join(site.dist, 'ladder.schema.json')));
		for (const release of releases) expect(validate(release), JSON.stringify(validate.errors)).toBe(true);
	});

	test('/changes/ lists every release newest first, under "Unreleased" when the content has moved on', () => {
		const ladder = readJson(join(site.dist, 'ladder.json'));
		const titles = [...readPage(site.dist, '/changes/').querySelectorAll('main h2')].map((h) => fold(h.textContent));
		const { release: _r, releasedOn: _d, ...current } = ladder;
		const { release: _lr, releasedOn: _ld, ...latest } = releases[0] ?? {};
		const released = releases.length > 0 && JSON.stringify(current) === JSON.stringify(latest);

		expect(titles).toEqual([...(releases.length > 0 && !released ? ['Unreleased'] : []), ...releases.map((r) => r.release)]);
		expect(ladder.release).toBe(released ? releases[0].release : 'unreleased');
		expect(ladder.releasedOn).toBe(released ? releases[0].releasedOn : undefined);
	});
});

describe('the shipped ladder’s changes', () => {
	const dist = SITES.example.dist;

	test('name, per role, each expectation raised since the release before, linking to the role', () => {
		const page = readPage(dist, '/changes/');
		const role = page.getElementById('2026-h2--role-senior-software-engineer');

		expect(role?.querySelector('h4 a')?.getAttribute('href')).toBe('/roles/senior-software-engineer/');
		expect([...(role?.querySelectorAll('li') ?? [])].map((li) => fold(li.textContent))).toEqual(['System design: raised, Practising → Proficient']);
		expect([...page.querySelectorAll('#2026-h2 ~ h3, .changes-entry h3')].map((h) => fold(h.textContent))).toContain('Roles added');
	});

	test('show a reworded descriptor word by word, with <del> and <ins>', () => {
		const reworded = readPage(dist, '/changes/').getElementById('2026-h2--competency-hands-on-coding-practising');

		expect([...(reworded?.querySelectorAll('del') ?? [])].map((d) => d.textContent)).toEqual(['some']);
		expect([...(reworded?.querySelectorAll('ins') ?? [])].map((d) => d.textContent?.trim())).toEqual(['end to end', 'and framework', 'little']);
	});

	test('a role page says what changed for it in the latest release, linking to its part of /changes/', () => {
		const page = readPage(dist, '/roles/senior-software-engineer/');
		const section = page.getElementById('what-changed')?.closest('section');

		expect(fold(section?.querySelector('h3')?.textContent)).toBe('In 2026-h2, 2026-11-16');
		expect(section?.querySelector('h3 a')?.getAttribute('href')).toBe('/changes/#2026-h2--role-senior-software-engineer');
		expect([...(section?.querySelectorAll('li') ?? [])].map((li) => fold(li.textContent))).toEqual(['System design: raised from Practising to Proficient.']);
		expect(readPage(dist, '/roles/senior-technical-lead/').getElementById('what-changed')?.closest('section')?.textContent).toContain('New role.');
	});

	test('the feed has an item per release, newest first, each linking to its part of /changes/', () => {
		const feed = readFileSync(join(dist, 'changes.xml'), 'utf8');
		const links = [...feed.matchAll(/<item><title>[^<]*<\/title><link>([^<]+)<\/link>/g)].map((m) => m[1]);

		expect(links).toEqual(['https://ladder.example/changes/#2026-h2', 'https://ladder.example/changes/#2026-h1']);
		expect(readPage(dist, '/changes/').querySelector('a[href="/changes.xml"]')).not.toBeNull();
	});
});

describe('the design ladder’s unreleased changes', () => {
	test('compare the content with the latest release', () => {
		const page = readPage(SITES.design.dist, '/changes/');
		const unreleased = page.getElementById('unreleased')?.closest('section');

		expect(fold(unreleased?.querySelector('.changes-meta')?.textContent)).toBe('Not released yet; changes since v1.');
		expect(unreleased?.querySelector('[id="unreleased--role-design-manager"] li')?.getAttribute('data-change')).toBe('raised');
		expect(readPage(SITES.design.dist, '/roles/design-manager/').querySelector('#what-changed ~ h3')?.textContent).toBe('Since v1 (unreleased)');
	});
});

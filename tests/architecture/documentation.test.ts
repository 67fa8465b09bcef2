/**
 * The documentation is by kind (README.md the front door, `docs/` the tutorial, how-to guides,
 * reference and explanations), and the reference cannot fall behind the code: every key the
 * schemas accept is named in the format reference, every command, option and npm script in the
 * command reference, every environment variable the code reads in the environment reference; and
 * every link between the documents leads to a file and a heading that exist.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CompetencyAreaSchema } from '../../src/schemas/competency-area.ts';
import { GuideSchema } from '../../src/schemas/guide.ts';
import { LadderSchema } from '../../src/schemas/ladder.ts';
import { RoleSchema } from '../../src/schemas/role.ts';
import { HELP } from '../../src/cli/ladder.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** Every file under `dir` whose name ends with `ending`, as paths from the project's root. */
function filesUnder(dir: string, ending: string): string[] {
	return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith(ending))
		.map((name) => join(dir, name));
}

/** What of a Zod 4 schema's definition holds other schemas. */
interface Def {
	shape?: Record<string, unknown>;
	innerType?: unknown;
	element?: unknown;
	options?: unknown[];
	valueType?: unknown;
	in?: unknown;
	out?: unknown;
}

/** Every object key a Zod schema accepts, at any depth (through optionals, unions, lists, maps). */
function keysOf(schema: unknown, keys = new Set<string>()): Set<string> {
	const def = (schema as { _zod: { def: Def } })._zod.def;
	for (const [key, value] of Object.entries(def.shape ?? {})) {
		keys.add(key);
		keysOf(value, keys);
	}
	for (const inner of [def.innerType, def.element, def.valueType, def.in, def.out, ...(def.options ?? [])]) if (inner) keysOf(inner, keys);
	return keys;
}

/** A GitHub heading anchor: lowercase, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
	return heading
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s_-]/gu, '')
		.replace(/\s/g, '-');
}

const DOCUMENTS = ['README.md', 'ARCHITECTURE.md', ...filesUnder('docs', '.md')];

describe('the documentation', () => {
	test('README.md is the front door: at most about 150 lines, linking to every document', () => {
		const readme = read('README.md');
		expect(readme.split('\n').length).toBeLessThanOrEqual(150);
		for (const document of filesUnder('docs', '.md')) expect(readme, document).toContain(`](${document})`);
	});

	test('the format reference names every key the schemas of content/ accept', () => {
		const reference = read('docs/reference/format.md');
		const keys = new Set([...[LadderSchema, CompetencyAreaSchema, RoleSchema, GuideSchema].flatMap((schema) => [...keysOf(schema)])]);
		expect(keys.size).toBeGreaterThan(30);
		const missing = [...keys].filter((key) => !reference.includes(`\`${key}\``) && !new RegExp(`(^|[\\s{,])${key}:`, 'm').test(reference));
		expect(missing).toEqual([]);
	});

	test('the command reference names every command, option and npm script', () => {
		const reference = read('docs/reference/commands.md');
		const commands = [...HELP.matchAll(/^ {2}([a-z]+(?: [a-z]+)?)(?= <| \[| -|\s{2,})/gm)].map(([, command]) => command);
		expect(commands).toEqual(expect.arrayContaining(['init', 'validate', 'new role', 'new track', 'import', 'export', 'release']));
		for (const command of commands) expect(reference, command).toContain(`### \`${command}\``);
		const options = new Set([...HELP.matchAll(/(?<![\w-])(--?[a-z][a-z-]*)/g)].map(([, option]) => option));
		expect(options.size).toBeGreaterThan(8);
		for (const option of options) expect(reference, option).toMatch(new RegExp(`(?<![\\w-])${option}(?![\\w-])`));
		const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);
		for (const script of scripts) expect(reference, script).toMatch(new RegExp(`\`npm (run )?${script}\``));
	});

	test('the environment reference names every variable the code reads', () => {
		const reference = read('docs/reference/environment.md');
		// Astro's own (`import.meta.env.BASE_URL`, and the names a test build must not inherit) are not ours.
		const code = ['astro.config.mjs', ...['src', 'bench', 'tests/support'].flatMap((dir) => filesUnder(dir, '.ts'))]
			.map(read)
			.join('\n')
			.replace(/\|BASE_URL\|/g, '|');
		const variables = new Set([...code.matchAll(/(?<!meta\.env\??\.)\b((?:LADDER|SITE|BASE|CHROME)_[A-Z_]+)\b/g)].map(([, name]) => name));
		expect(variables.size).toBeGreaterThan(8);
		for (const variable of variables) expect(reference, variable).toContain(`\`${variable}\``);
	});

	test('every link between the documents leads to a file, and to a heading where it names one', () => {
		const broken: string[] = [];
		for (const document of DOCUMENTS) {
			// Code blocks and spans show links as text.
			const text = read(document).replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
			for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
				if (/^[a-z]+:/.test(target!)) continue;
				const [path, anchor] = target!.split('#');
				const file = path ? relative(ROOT, resolve(ROOT, dirname(document), path)) : document;
				let exists = false;
				try {
					exists = statSync(join(ROOT, file)).isFile();
				} catch {}
				if (!exists) broken.push(`${document}: ${target} (no file ${file})`);
				else if (anchor && file.endsWith('.md')) {
					const headings = [...read(file).replace(/```[\s\S]*?```/g, '').matchAll(/^#{1,6} (.+)$/gm)].map(([, heading]) => slug(heading!));
					if (!headings.includes(anchor)) broken.push(`${document}: ${target} (no heading #${anchor} in ${file})`);
				}
			}
		}
		expect(broken).toEqual([]);
	});
});

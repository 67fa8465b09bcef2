import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, test } from 'vitest';
import { makeArea, makeLadderFile } from '../../../tests/support/ladder-builders.ts';
import { loadLadder } from './load.ts';
import { formatProblem, LadderError, problems, WHOLE_FILE, type Problem } from './problems.ts';
import { readContent } from './read-content.ts';

const ROLE = `---\ntitle: Maker\ntrack: maker\ngrade: 1\nsummary: Makes things.\n---\n\nProse.\n`;

/** Writes a valid ladder to a fresh folder, with `files` added or replacing its files. */
function writeLadder(files: Record<string, string> = {}): string {
	const dir = mkdtempSync(join(tmpdir(), 'ladder-'));
	const all = {
		'ladder.yaml': stringify(makeLadderFile()),
		'competencies/craft.yaml': stringify(makeArea(['building'])),
		'roles/maker.mdx': ROLE,
		...files,
	};
	for (const [name, text] of Object.entries(all)) {
		mkdirSync(dirname(join(dir, name)), { recursive: true });
		writeFileSync(join(dir, name), text);
	}
	return dir;
}

const sortedByFile = (found: Problem[]) => [...found].sort((a, b) => a.file.localeCompare(b.file));

function problemsOf(dir: string): Problem[] {
	try {
		loadLadder(dir);
		return [];
	} catch (error) {
		if (error instanceof LadderError) return [...error.problems];
		throw error;
	}
}

describe('readContent and loadLadder', () => {
	test('load a valid ladder from disk with its guides', () => {
		const dir = writeLadder({ 'docs/welcome.md': '---\ntitle: Welcome\n---\n' });

		const { ladder, guides } = loadLadder(dir);

		expect(ladder.roles.map((r) => r.id)).toEqual(['maker']);
		expect(guides).toEqual([{ id: 'guides/welcome', title: 'Welcome', file: join(dir, 'docs/welcome.md') }]);
	});

	test('report bad YAML with its line, and nothing else about that file', () => {
		const dir = writeLadder({ 'competencies/craft.yaml': 'name: Craft\ndescription: [unclosed\n' });

		const found = problemsOf(dir);

		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({ file: join(dir, 'competencies/craft.yaml'), field: WHOLE_FILE });
		expect(found[0]?.message).toMatch(/^is not valid YAML: .* \(line 3, column 1\)\. A \[ or \{ opened above is not closed/);
		// Printed as file:line, as every other problem with a line is, for editors and terminals to follow.
		expect(formatProblem(found[0]!)).toMatch(new RegExp(`^${join(dir, 'competencies/craft.yaml')}:3: \\(file\\): is not valid YAML`));
	});

	test('count frontmatter lines from the top of the role file', () => {
		const dir = writeLadder({ 'roles/maker.mdx': '---\ntitle: Maker\ngrade: [1\n---\n' });

		// js-yaml, as the build reads it, finds the unclosed [ where the frontmatter ends.
		expect(problemsOf(dir)[0]?.message).toMatch(/\(line 4, column \d+\)\. A \[ or \{ opened above is not closed/);
	});

	test('report a duplicate key as bad YAML', () => {
		const dir = writeLadder({ 'roles/maker.mdx': `${ROLE.replace('grade: 1', 'grade: 1\ngrade: 2')}` });

		expect(problemsOf(dir)[0]?.message).toMatch(/^is not valid YAML: duplicated mapping key \(line 5, column 1\)\. The key is written twice/);
	});

	test('report a role file without frontmatter', () => {
		const dir = writeLadder({ 'roles/maker.mdx': '# Just prose\n' });

		expect(problemsOf(dir)).toEqual([
			{ file: join(dir, 'roles/maker.mdx'), field: WHOLE_FILE, message: problems.noFrontmatter() },
		]);
	});

	test('report a file name that is not a valid id, and a file that does not belong', () => {
		const dir = writeLadder({ 'roles/Senior Maker.mdx': ROLE, 'roles/notes.txt': 'hello' });

		expect(sortedByFile(problemsOf(dir))).toEqual(sortedByFile([
			{ file: join(dir, 'roles/Senior Maker.mdx'), field: WHOLE_FILE, message: problems.badFileName('Senior Maker') },
			{
				file: join(dir, 'roles/notes.txt'),
				field: WHOLE_FILE,
				message: problems.unusedFile('.mdx or .md files, and images and PDFs'),
			},
		]));
	});

	test('refuse an extension in the wrong case, which the site would leave out, and nothing else about it', () => {
		const dir = writeLadder({
			'roles/maker.mdx': ROLE.replace('grade: 1', 'grade: 1\nnext: [senior]'),
			'roles/senior.MDX': ROLE.replace('grade: 1', 'grade: 2'),
			'competencies/people.YAML': 'name: People\n',
			'docs/welcome.MD': '---\ntitle: Welcome\n---\n',
		});

		expect(problemsOf(dir)).toEqual([
			{ file: join(dir, 'competencies/people.YAML'), field: WHOLE_FILE, message: problems.extensionCase('people.YAML', 'people.yaml') },
			{ file: join(dir, 'roles/senior.MDX'), field: WHOLE_FILE, message: problems.extensionCase('senior.MDX', 'senior.mdx') },
			{ file: join(dir, 'docs/welcome.MD'), field: WHOLE_FILE, message: problems.extensionCase('welcome.MD', 'welcome.md') },
		]);
	});

	test('check role and guide bodies as content, naming the line in the file', () => {
		const dir = writeLadder({
			'roles/maker.mdx': `${ROLE}\nimport secrets from '/etc/passwd';\n`,
			'docs/welcome.md': '---\ntitle: Welcome\n---\n\n<meta http-equiv="refresh" content="0; url=https://evil.example">\n',
		});

		expect(problemsOf(dir)).toEqual([
			{ file: join(dir, 'roles/maker.mdx'), field: 'body, line 10', message: problems.proseCode('import and export') },
			{ file: join(dir, 'docs/welcome.md'), field: 'body, line 5', message: problems.rawHtml('meta') },
		]);
	});

	test('allow a guide prose and a title, not the page options that could run script or redirect', () => {
		const guide = '---\ntitle: Welcome\nhead:\n  - tag: meta\n    attrs: { http-equiv: refresh, content: "0; url=https://evil.example" }\nbanner:\n  content: <script>alert(1)</script>\n---\n\nHello.\n';
		const dir = writeLadder({ 'docs/welcome.md': guide });

		expect(problemsOf(dir)).toEqual([
			{ file: join(dir, 'docs/welcome.md'), field: 'head', message: problems.unknownField() },
			{ file: join(dir, 'docs/welcome.md'), field: 'banner', message: problems.unknownField() },
		]);
	});

	test('read YAML as the build does: an unquoted date is a date, and says how to make it text', () => {
		const dir = writeLadder({ 'roles/maker.mdx': ROLE.replace('grade: 1', 'grade: 1\nscope: 2024-01-01') });

		expect(problemsOf(dir)).toEqual([{ file: join(dir, 'roles/maker.mdx'), field: 'scope', message: problems.dateNotText() }]);
		expect(problemsOf(writeLadder({ 'roles/maker.mdx': ROLE.replace('grade: 1', 'grade: 1\nscope: "2024-01-01"') }))).toEqual([]);
	});

	test('read frontmatter after a byte-order mark, and an empty block as an empty file', () => {
		expect(problemsOf(writeLadder({ 'roles/maker.mdx': `\uFEFF${ROLE}` }))).toEqual([]);
		const dir = writeLadder({ 'roles/maker.mdx': '---\n---\n\nProse.\n' });

		expect(problemsOf(dir)).toEqual([{ file: join(dir, 'roles/maker.mdx'), field: WHOLE_FILE, message: problems.emptyFile() }]);
	});

	test('refuse a __proto__ key, which would vanish from the ladder without a word', () => {
		const dir = writeLadder({ 'roles/maker.mdx': ROLE.replace('grade: 1', 'grade: 1\nexpectations:\n  __proto__: good\nskills:\n  __proto__: [Go]') });

		expect(problemsOf(dir)).toEqual([
			{ file: join(dir, 'roles/maker.mdx'), field: 'expectations.__proto__', message: problems.reservedKey() },
			{ file: join(dir, 'roles/maker.mdx'), field: 'skills.__proto__', message: problems.reservedKey() },
		]);
	});

	test('refuse guide names that are not ids: a capital (which would collide on macOS and Windows), #, ?, %', () => {
		const guide = '---\ntitle: One\n---\n';
		const dir = writeLadder({ 'docs/Welcome.md': guide, 'docs/welcome.md': guide, 'docs/a#b.md': guide, 'docs/a?b.md': guide, 'docs/%2e%2e.md': guide, 'docs/team/on-call.md': guide });

		expect(problemsOf(dir)).toEqual(
			['%2e%2e', 'Welcome', 'a#b', 'a?b'].map((name) => ({ file: join(dir, `docs/${name}.md`), field: WHOLE_FILE, message: problems.badFileName(name) })),
		);
	});

	test('report a missing ladder.yaml', () => {
		const dir = writeLadder();
		const { source, problems: found } = readContent(join(dir, 'nowhere'));

		expect(source.roles).toEqual([]);
		expect(found).toEqual([
			{ file: join(dir, 'nowhere', 'ladder.yaml'), field: WHOLE_FILE, message: problems.missingFile() },
		]);
	});
});

describe('readContent reads YAML exactly as the build does', () => {
	test.each([
		['a custom tag, which the build cannot read', 'scope: !custom x', /unknown tag .*\(line \d+, column \d+\)\. A value starting with ! is a YAML tag: put the value in quotes/],
		['an unquoted colon', 'summary: Leads: people and teams', /\(line 5, column \d+\)\. A value holds ": ", which YAML reads as a new key: put the value in quotes/],
		['a tab', '\tscope: A team', /\(line \d+, column \d+\)\. The line is indented with a tab/],
	])('refuses %s, with its line and a hint', (_, line, message) => {
		const dir = writeLadder({ 'roles/maker.mdx': ROLE.replace('grade: 1', `grade: 1\n${line}`) });

		const found = problemsOf(dir);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({ file: join(dir, 'roles/maker.mdx'), field: WHOLE_FILE });
		expect(found[0]?.message).toMatch(message);
	});

	test('reads 0b101 as the number the build reads, and says to quote it', () => {
		const dir = writeLadder({ 'roles/maker.mdx': ROLE.replace('grade: 1', 'grade: 1\nscope: 0b101') });

		expect(problemsOf(dir)).toEqual([{ file: join(dir, 'roles/maker.mdx'), field: 'scope', message: problems.numberNotText() }]);
	});

	test('refuses a file whose aliases expand without end, naming it', () => {
		const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((name, i) => `${name}: &${name} [${Array(10).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)].join('\n');
		const dir = writeLadder({ 'competencies/craft.yaml': bomb });

		expect(problemsOf(dir)).toEqual([{ file: join(dir, 'competencies/craft.yaml'), field: WHOLE_FILE, message: problems.yamlAliasBomb(100_000) }]);
	});
});

describe('readContent: every file in content/ is used or refused', () => {
	const ladderWith = (make: (dir: string) => void) => {
		const dir = writeLadder();
		make(dir);
		return dir;
	};
	const guide = '---\ntitle: Guide\n---\n\nText.\n';

	test('refuses code, stray files and files of kinds the ladder does not read, naming each', () => {
		const dir = writeLadder({
			'docs/helper.js': 'process.exit(7)',
			'docs/guide.markdown': guide,
			'docs/notes.txt': 'notes',
			'notes.md': '# notes',
			'tools/build.ts': 'export {}',
			'data.json': '{}',
			'images/logo.png': 'png',
			'docs/diagram.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
		});

		expect(sortedByFile(problemsOf(dir))).toEqual(
			sortedByFile([
				{ file: join(dir, 'docs/helper.js'), field: WHOLE_FILE, message: problems.codeInContent('.js') },
				{ file: join(dir, 'docs/guide.markdown'), field: WHOLE_FILE, message: problems.unusedFile('.mdx or .md files, and images and PDFs') },
				{ file: join(dir, 'docs/notes.txt'), field: WHOLE_FILE, message: problems.unusedFile('.mdx or .md files, and images and PDFs') },
				{ file: join(dir, 'notes.md'), field: WHOLE_FILE, message: problems.unusedFile('ladder.yaml, and the folders competencies/, roles/, docs/, releases/ and translations/') },
				{ file: join(dir, 'tools/build.ts'), field: WHOLE_FILE, message: problems.codeInContent('.ts') },
				{ file: join(dir, 'data.json'), field: WHOLE_FILE, message: problems.codeInContent('.json') },
			]),
		);
	});

	test('refuses a folder named like a file, without reading it', () => {
		const dir = ladderWith((d) => mkdirSync(join(d, 'docs', 'x.md'), { recursive: true }));

		expect(problemsOf(dir)).toEqual([{ file: join(dir, 'docs/x.md'), field: WHOLE_FILE, message: problems.folderLikeFile() }]);
	});

	test('refuses a symbolic link out of content/, and publishes nothing it leads to, and one inside it, which a command would write through', () => {
		const outside = mkdtempSync(join(tmpdir(), 'outside-'));
		writeFileSync(join(outside, 'secret.md'), guide);
		const dir = ladderWith((d) => {
			mkdirSync(join(d, 'docs'), { recursive: true });
			symlinkSync(outside, join(d, 'docs', 'outside'));
			symlinkSync('/etc/hostname', join(d, 'roles', 'host.mdx'));
			writeFileSync(join(d, 'docs', 'inside.md'), guide);
			symlinkSync('inside.md', join(d, 'docs', 'alias.md'));
		});

		const { problems: found, guides } = readContent(dir);
		expect(sortedByFile(found)).toEqual([
			{ file: join(dir, 'docs/alias.md'), field: WHOLE_FILE, message: problems.linkInside('docs/inside.md') },
			{ file: join(dir, 'docs/outside'), field: WHOLE_FILE, message: problems.linkOutside(realpathSync(outside)) },
			{ file: join(dir, 'roles/host.mdx'), field: WHOLE_FILE, message: problems.linkOutside('/etc/hostname') },
		]);
		expect(guides.map((g) => g.id)).toEqual(['guides/alias', 'guides/inside']);
	});
});

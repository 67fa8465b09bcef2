/**
 * The fourth hostile review's cases against the commands that write `content/`: a link inside the
 * folder, a hidden file, a track name with line breaks, an unsafe SVG. Each is refused by name, and
 * a refused or dry-run command changes nothing an author wrote.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { runLadder } from '../../src/cli/ladder.ts';
import { fingerprint } from '../support/folder-fingerprint.ts';
import { runInProcess } from '../support/run-in-process.ts';
import { SITES } from '../support/sites.ts';

const ladder = (...args: string[]) => runInProcess(runLadder, args);

function copyOfLadder(): string {
	const dir = join(mkdtempSync(join(tmpdir(), 'hostile-content-')), 'content');
	cpSync(SITES.design.contentDir, dir, { recursive: true });
	return dir;
}

describe('a role file that is a symbolic link to another role inside content/', () => {
	const linked = () => {
		const dir = copyOfLadder();
		const sheet = join(dir, '..', 'matrix.csv');
		writeFileSync(sheet, ladder('export', '--format', 'csv', '--content', dir).stdout.replace(',Design Manager,', ',Design Lead,'));
		unlinkSync(join(dir, 'roles/design-manager.mdx'));
		symlinkSync(join(dir, 'roles/senior-product-designer.mdx'), join(dir, 'roles/design-manager.mdx'));
		return { dir, sheet };
	};

	test('is refused by the check, naming the link and where it leads', () => {
		const { dir } = linked();
		const { status, stderr } = ladder('validate', '--content', dir);
		expect(status).toBe(1);
		expect(stderr).toContain(`${join(dir, 'roles/design-manager.mdx')}: (file): is a symbolic link to roles/senior-product-designer.mdx, inside the content folder`);
	});

	test.each([['--dry-run'], ['--force'], ['--content']])('is refused by an import with %s before it writes, and the file it leads to keeps its bytes', (flag) => {
		const { dir, sheet } = linked();
		const before = fingerprint(dir);
		const { status, stderr } = ladder('import', sheet, ...(flag === '--content' ? [] : [flag]), '--content', dir);
		expect(status).toBe(1);
		expect(stderr).toContain('roles/design-manager.mdx: (file): is a symbolic link to roles/senior-product-designer.mdx');
		expect(fingerprint(dir)).toEqual(before);
	});
});

describe('a hidden file in content/', () => {
	test.each([
		['roles/.draft.mdx', 'roles/.draft.mdx'],
		['competencies/.hidden.yaml', 'competencies/.hidden.yaml'],
		['docs/.x.md', 'docs/.x.md'],
		['releases/.x.json', 'releases/.x.json'],
		['.notes/a.md', '.notes'],
	])('%s is refused, not passed over', (name, refused) => {
		const dir = copyOfLadder();
		mkdirSync(dirname(join(dir, name)), { recursive: true });
		cpSync(join(dir, 'roles/product-designer.mdx'), join(dir, name));
		const { status, stderr } = ladder('validate', '--content', dir);
		expect(status).toBe(1);
		expect(stderr).toContain(`${join(dir, refused)}: (file): is hidden`);
	});

	test('that tools leave behind (.gitkeep, .DS_Store) may stay', () => {
		const dir = copyOfLadder();
		writeFileSync(join(dir, 'roles/.gitkeep'), '');
		writeFileSync(join(dir, '.DS_Store'), 'x');
		expect(ladder('validate', '--content', dir).status).toBe(0);
	});
});

test('new role writes a track name with line breaks as one comment line, adding no key', () => {
	const dir = copyOfLadder();
	const file = join(dir, 'ladder.yaml');
	writeFileSync(file, readFileSync(file, 'utf8').replace('name: Product design', 'name: "Product\\nsummary: injected\\rnext: [x]\\u2028design"'));
	expect(ladder('validate', '--content', dir).status).toBe(0);

	const { status, stderr } = ladder('new', 'role', 'staff-designer', '--track', 'product-design', '--grade', '3', '--content', dir);

	expect(status, stderr).toBe(0);
	const text = readFileSync(join(dir, 'roles/staff-designer.mdx'), 'utf8');
	const frontmatter = parseYaml(text.split('---\n')[1]!) as Record<string, unknown>;
	expect(Object.keys(frontmatter).sort()).toEqual(['expectations', 'grade', 'title', 'track']);
	expect(text).toContain("# The competencies of the Product summary: injected next: [x] design track's areas");
	expect(ladder('validate', '--content', dir).status).toBe(0);
});

test('an SVG image that runs script is refused by the check, naming its file and line, even when no page shows it', () => {
	const dir = copyOfLadder();
	writeFileSync(join(dir, 'roles', 'chart.svg'), '<svg xmlns="http://www.w3.org/2000/svg">\n<script>alert(document.domain)</script>\n</svg>\n');
	const { status, stderr } = ladder('validate', '--content', dir);
	expect(status).toBe(1);
	expect(stderr).toContain(`${join(dir, 'roles/chart.svg')}: line 2: is an SVG image that is more than a picture: the element <script> runs script`);
});

import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentImportGuard } from './content-imports.ts';

describe('the content import guard', () => {
	const root = mkdtempSync(join(tmpdir(), 'content-imports-'));
	for (const folder of ['roles', 'docs', 'images']) mkdirSync(join(root, folder));
	writeFileSync(join(root, 'images', 'chart.png'), 'png');
	writeFileSync(join(root, 'docs', 'helper.js'), 'process.exit(7)');
	writeFileSync(join(root, 'images', 'script.svg'), '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>');
	symlinkSync('/etc/hostname', join(root, 'images', 'out.png'));
	const guard = contentImportGuard(root);
	// Vite's own resolution, as far as relative paths go.
	const context = { resolve: async (source: string, importer?: string) => ({ id: resolve(importer!, '..', source) }) };
	const importFrom = (importer: string, source: string) => guard.resolveId.call(context, source, importer, {});
	const role = join(root, 'roles', 'r.mdx');

	test('lets a content file import an image inside the content folder', async () => {
		await expect(importFrom(role, '../images/chart.png')).resolves.toEqual({ id: join(root, 'images', 'chart.png') });
		await expect(importFrom(`${role}?astroPropagatedAssets`, '../images/chart.png')).resolves.toBeTruthy();
	});

	test('leaves alone what is not a content file, and the compiler’s own bare imports', async () => {
		await expect(importFrom(resolve('src/pages/index.astro'), '../docs/helper.js')).resolves.toBeNull();
		await expect(importFrom(role, 'astro/jsx-runtime')).resolves.toBeNull();
	});

	test.each([
		['a script', '../docs/helper.js', /not an image file/],
		['a file outside the folder', '../../../../etc/passwd', /outside the content folder/],
		['an image linked out of the folder', '../images/out.png', /symbolic link out of the content folder/],
		['an SVG that runs script when opened', '../images/script.svg', /SVG image that is more than a picture \(line 1: the attribute onload/],
	])('refuses %s, naming the content file and the import', async (_, source, why) => {
		const refused = importFrom(role, source);
		await expect(refused).rejects.toThrow(why);
		await expect(refused).rejects.toThrow(`roles/r.mdx: "${source}" cannot be imported`);
	});
});

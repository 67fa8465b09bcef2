/**
 * JavaScript each kind of page loads, gzipped: every external and inline script of the built
 * page, and the part that is this project's own (the picker, the search page and the
 * self-assessment's button; its panel loads only when opened).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const PAGES = {
	home: '/',
	role: '/roles/role-1/',
	track: '/tracks/track-1/',
	competency: '/competencies/competency-1/',
	matrix: '/matrix/',
	comparison: '/compare/role-1/role-6/',
	picker: '/compare/',
};

// Our own client scripts are the only ones that name these custom elements.
const OURS = /ladder-(compare|search)|role-assessment/;

export function pageWeights(dist: string) {
	return Object.entries(PAGES).map(([page, path]) => {
		const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
		const external = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1]!), 'utf8'));
		const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
		const scripts = [...external, ...inline];
		const size = (code: string) => gzipSync(code).length;
		return {
			page,
			scripts: scripts.length,
			oursBytes: scripts.filter((code) => OURS.test(code)).reduce((sum, code) => sum + size(code), 0),
			totalBytes: scripts.reduce((sum, code) => sum + size(code), 0),
		};
	});
}

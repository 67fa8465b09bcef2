import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { AXE_PATH, axeSource } from './axe.ts';

/**
 * Serves a built site on a free loopback port (4321 may be taken), answering unknown paths with
 * the site's own 404 page, as static hosts do. With `gzip`, text files are served compressed, as
 * a production host would (they are compressed into `.gz` files beside them first). The browser
 * tests' axe-core is served too, at a path no site has (`axe.ts`).
 */
export async function serveSite(dir: string, { gzip = false } = {}): Promise<{ url: string; close: () => Promise<void> }> {
	if (gzip) precompress(dir);
	const handler = sirv(dir, { dev: false, etag: false, gzip });
	const notFound = readFileSync(join(dir, '404.html'));
	const server = createServer((req, res) => {
		if (req.url === AXE_PATH) {
			res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' });
			res.end(axeSource);
			return;
		}
		handler(req, res, () => {
			res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
			res.end(notFound);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

/** Writes a gzipped copy beside every text file of the site, for sirv to serve. */
function precompress(dir: string): void {
	for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		if (/\.(html|css|js|json|svg|xml|txt|csv)$/.test(file)) {
			writeFileSync(join(dir, `${file}.gz`), gzipSync(readFileSync(join(dir, file)), { level: 9 }));
		}
	}
}

import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { withoutTestEnvironment } from './astro-build.ts';
import { projectCopy } from './project-copy.ts';

/**
 * `astro dev` on a copy of a ladder, for the tests in `tests/dev/`: started on a free-ish port, its
 * output kept, with polling helpers that fail naming what they waited for and the server's log.
 */
export async function startDevServer(content: string, work: string, options: { from: number; project?: string }): Promise<DevServer> {
	let output = '';
	let port: number;
	do port = options.from + Math.floor(Math.random() * 400);
	while (FETCH_BLOCKED_PORTS.has(port));
	// In a copy of the project (see `projectCopy`): beside each other, or beside an author's own
	// `npm run dev`, dev servers of one folder share its data store. A test of that sharing names
	// the project of another server (then Astro's lock on a folder's second server is set aside).
	const project = options.project ?? projectCopy();
	const server: ChildProcess = spawn(join(project, 'node_modules/.bin/astro'), ['dev', ...(options.project ? ['--ignore-lock'] : []), '--port', String(port)], {
		cwd: project,
		env: { ...withoutTestEnvironment(), NODE_ENV: 'development', LADDER_CONTENT_DIR: resolve(content), LADDER_CACHE_DIR: resolve(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
	});
	const collect = (chunk: Buffer) => {
		output += chunk.toString();
	};
	server.stdout?.on('data', collect);
	server.stderr?.on('data', collect);
	const exited = new Promise<void>((done) => server.once('exit', () => done()));
	// What the last page asked for answered, for a timeout's message: a page that never shows what
	// a test waits for says more by its status and heading than by the log.
	let last = 'no page was asked for';
	const dev: DevServer = {
		url: '',
		project,
		output: () => output,
		stop: async () => {
			// Once it has ended: a server still writing its `.astro/` made the copy's removal fail
			// (ENOTEMPTY). One that does not end on being asked is ended.
			server.kill();
			const ended = await Promise.race([exited.then(() => true), new Promise<boolean>((done) => setTimeout(() => done(false), 10_000))]);
			if (!ended) {
				server.kill('SIGKILL');
				await exited;
			}
			// A shared project stays.
			if (!options.project) rmSync(project, { recursive: true, force: true, maxRetries: 5 });
		},
		page: async (path) => {
			try {
				const response = await fetch(`${dev.url}${path}`, { signal: AbortSignal.timeout(30_000) });
				const text = await response.text();
				last = `${path} answered ${response.status}: ${glimpse(text)}`;
				return { status: response.status, text };
			} catch (error) {
				last = `${path} did not answer (${String(error)})`;
				return { status: 0, text: '' };
			}
		},
		until: async (probe, timeout, what) => {
			const deadline = Date.now() + timeout;
			while (Date.now() < deadline) {
				const value = await probe();
				if (value !== undefined) return value;
				await new Promise((resolve) => setTimeout(resolve, 250));
			}
			const log = output
				.replace(/\x1b\[[0-9;]*m/g, '')
				.split('\n')
				.filter((line, at, lines) => !/^\s+at |See full stack/.test(line) && line !== lines[at - 1]);
			throw new Error(`Timed out waiting for ${what}. The last page ${last}. Dev server output:\n${log.slice(-60).join('\n')}`);
		},
	};
	dev.url = await dev.until(() => /Local\s+(http:\/\/localhost:\d+)/.exec(output.replace(/\x1b\[[0-9;]*m/g, ''))?.[1], 60_000, 'the dev server to start');
	return dev;
}

export interface DevServer {
	url: string;
	/** The project folder it serves from. */
	project: string;
	output: () => string;
	/** Ends the server, and removes its copy of the project once it has ended. */
	stop: () => Promise<void>;
	/** The page at `path`: its status and HTML, or status 0 while the server does not answer. */
	page: (path: string) => Promise<{ status: number; text: string }>;
	/** Polls `probe` until it returns a value. */
	until: <T>(probe: () => T | undefined | Promise<T | undefined>, timeout: number, what: string) => Promise<T>;
}

/** A page's title and first heading, or the start of its text: enough to tell an error page from a role. */
function glimpse(html: string): string {
	const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
	const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '');
	if (title || heading) return `title “${title ?? ''}”, heading “${heading?.trim() ?? ''}”`;
	return `“${html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200)}”`;
}

/**
 * The ports the Fetch standard blocks (its "bad ports" at or above 4000, where the tests' servers
 * start), which Node's fetch refuses to connect to ("fetch failed"): a dev server started on 6000
 * or 6679 answered no request of the tests, which then timed out after a minute, in CI and in a
 * rehearsal. https://fetch.spec.whatwg.org/#bad-port
 */
const FETCH_BLOCKED_PORTS = new Set([4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080]);

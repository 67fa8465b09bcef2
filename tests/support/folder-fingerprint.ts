import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `dir` with the hash of its bytes: equal fingerprints, byte-for-byte equal trees. */
export function fingerprint(dir: string): Record<string, string> {
	const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(dir, name)).isFile());
	return Object.fromEntries(
		files.sort().map((name) => [name, createHash('sha256').update(readFileSync(join(dir, name))).digest('hex')]),
	);
}

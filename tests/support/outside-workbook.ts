import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Puts into `into` what a ladder's workbook leaves out and a translated ladder cannot do without:
 * its translations and the releases they name. A ladder that lists translations is refused without
 * them, so a workbook of one is imported into a folder that holds them, as an author's would.
 */
export function translationsBeside(contentDir: string, into: string): void {
	if (!existsSync(join(contentDir, 'translations'))) return;
	for (const folder of ['translations', 'releases']) cpSync(join(contentDir, folder), join(into, folder), { recursive: true });
}

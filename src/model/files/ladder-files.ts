/**
 * The ladder as its files hold it, after validation: `ladder.yaml`'s data, each area file's data
 * and each role's frontmatter and body, exactly as written (file links, short forms and all). What
 * the workbook carries, so that a workbook imported into an empty folder writes the same ladder.
 */
import { basename } from 'node:path';
import type { CompetencyAreaData } from '../../schemas/competency-area.ts';
import type { LadderData } from '../../schemas/ladder.ts';
import type { RoleData } from '../../schemas/role.ts';
import { loadLadder } from './load.ts';

export interface LadderFiles {
	ladder: LadderData;
	/** In file-name order, as the ladder reads them. */
	areas: AreaFile[];
	roles: RoleFile[];
}

export interface AreaFile {
	id: string;
	/** The file's name in `competencies/`: `<id>.yaml` or `<id>.yml`. */
	file: string;
	data: CompetencyAreaData;
}

export interface RoleFile {
	id: string;
	/** The file's name in `roles/`: `<id>.mdx` or `<id>.md`. */
	file: string;
	data: RoleData;
	/** Everything after the frontmatter, as written. */
	body: string;
}

/**
 * Reads a valid ladder's files; an invalid ladder is refused with its problems, as `loadLadder`
 * does. The folder is read once: what the check read is what the workbook carries.
 */
export function readLadderFiles(dir: string): LadderFiles {
	const { source, bodies } = loadLadder(dir);
	return {
		ladder: source.ladder.data as LadderData,
		areas: source.areas.map((area) => ({ id: area.id, file: basename(area.file), data: area.data as CompetencyAreaData })),
		roles: source.roles.map((role) => ({
			id: role.id,
			file: basename(role.file),
			data: role.data as RoleData,
			body: bodies.get(role.file)?.text ?? '',
		})),
	};
}

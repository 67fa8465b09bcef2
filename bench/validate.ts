/**
 * How `ladder validate` (read, validate, lint) scales: the time on generated ladders of growing
 * size, with each time's ratio to the smallest, measured in the same run. A check that grows with
 * the square of the roles shows as a ratio far past the ratio of roles.
 */
import { join } from 'node:path';
import { loadLadder } from '../src/model/files/load.ts';
import { generateLadder } from './generate-ladder.ts';

export interface ValidateFigures {
	roles: number;
	milliseconds: number;
	warnings: number;
}

export function measureValidate(work: string, sizes: readonly number[], competencies: number): ValidateFigures[] {
	return sizes.map((roles) => {
		const dir = join(work, `validate-${roles}`);
		generateLadder(dir, { roles, competencies, tracks: 5, levels: 6 });
		loadLadder(dir); // warm: the first run pays for module loading and the file cache
		const runs = Array.from({ length: 3 }, () => {
			const started = performance.now();
			const { warnings } = loadLadder(dir);
			return { milliseconds: performance.now() - started, warnings: warnings.length };
		});
		const fastest = runs.reduce((best, run) => (run.milliseconds < best.milliseconds ? run : best));
		return { roles, ...fastest };
	});
}

/**
 * What `ladder review` costs beside `ladder validate` on the same generated ladder (criteria lists,
 * so that repeats are looked for among many criteria), and how it grows with the criteria: the
 * near-duplicates are found through an index of shared words, never by comparing every pair.
 */
import { join } from 'node:path';
import { loadLadder } from '../src/model/files/load.ts';
import { reviewLadder } from '../src/model/review/review.ts';
import { generateLadder } from './generate-ladder.ts';

export interface ReviewFigures {
	roles: number;
	criteria: number;
	validate: number;
	review: number;
	findings: number;
}

export function measureReview(work: string, sizes: readonly number[], competencies: number): ReviewFigures[] {
	return sizes.map((roles) => {
		const dir = join(work, `review-${roles}`);
		// Competencies grow with the roles, as in a bigger organisation, so that the criteria do too.
		generateLadder(dir, { roles, competencies: Math.max(10, Math.round((competencies * roles) / 200)), tracks: 5, levels: 6, criteria: true });
		const fastest = (run: () => unknown) => {
			run(); // warm: the first run pays for module loading and the file cache
			return Math.min(
				...Array.from({ length: 3 }, () => {
					const started = performance.now();
					run();
					return performance.now() - started;
				}),
			);
		};
		const { ladder } = loadLadder(dir, { keepWarnings: true });
		const criteria = ladder.competencies.reduce((sum, competency) => sum + [...competency.descriptors.values()].reduce((n, descriptor) => n + descriptor.criteria.length, 0), 0);
		return {
			roles,
			criteria,
			validate: fastest(() => loadLadder(dir, { keepWarnings: true })),
			review: fastest(() => reviewLadder(dir)),
			findings: reviewLadder(dir).findings.length,
		};
	});
}

import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest, longest first: axe reads every page of every test ladder in one
 * file, about 200 s of a 260 s run of the unit and site tests on two cores, then the assessment
 * panel's rounds, the builds under a base path and the widths at two sizes.
 */
export const LONGEST = [
	'tests/browser/axe-every-page.test.ts',
	'tests/browser/assessment.test.ts',
	'tests/build/base-path.test.ts',
	'tests/browser/widths.test.ts',
];

/**
 * Vitest starts the files it has timed longest first, but a file it has no time for goes by its
 * size, larger first, and a fresh clone (CI's, a rehearsal's) has no times. The axe file is the
 * smallest browser file: started last, it ran alone for three minutes while the other worker sat
 * idle. Without times for every file, `LONGEST` go first, in its order; with them, Vitest's order.
 */
export default class LongestFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		if (sorted.every((file) => this.ctx.cache.getTestSpecificationResult(file))) return sorted;
		const rank = (file: TestSpecification) => {
			const at = LONGEST.indexOf(relative(this.ctx.config.root, file.moduleId));
			return at === -1 ? LONGEST.length : at;
		};
		const group = (file: TestSpecification) => file.project.config.sequence.groupOrder;
		return sorted
			.map((file, index) => ({ file, index }))
			// Within a `sequence.groupOrder`: groups run one after another, so no file leaves its own.
			.sort((a, b) => group(a.file) - group(b.file) || rank(a.file) - rank(b.file) || a.index - b.index)
			.map(({ file }) => file);
	}
}

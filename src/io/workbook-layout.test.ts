import { describe, expect, test } from 'vitest';
import { CompetencyAreaSchema, CompetencySchema, CriterionSchema, QuestionSchema } from '../schemas/competency-area.ts';
import { GroupSchema, HiringSchema, LadderSchema, LevelSchema, TrackSchema } from '../schemas/ladder.ts';
import { ExpectationSchema, RoleSchema } from '../schemas/role.ts';
import { SHEETS } from './workbook-layout.ts';

/** Where each key of the content format lives in the workbook: a column, a per-level column, or a sheet of its own. */
function placed(sheet: keyof typeof SHEETS): string[] {
	const layout = SHEETS[sheet];
	return [...layout.columns, ...('later' in layout ? layout.later : []), ...('perLevel' in layout ? [layout.perLevel] : []), ...('numbered' in layout ? [layout.numbered] : [])];
}

const keys = (schema: { shape: object }) => Object.keys(schema.shape);

describe('the workbook layout', () => {
	// A key added to the format without a column would be lost by a round trip: this fails first.
	test('has a place for every key of the content format', () => {
		const lint = LadderSchema.shape.lint.unwrap();
		const review = LadderSchema.shape.review.unwrap();
		expect(placed('ladder')).toEqual(
			expect.arrayContaining([
				...keys(LadderSchema).filter((key) => !['levels', 'groups', 'tracks', 'lint', 'review', 'hiring'].includes(key)),
				...keys(lint).map((key) => `lint.${key}`),
				'review.strict',
				...keys(HiringSchema).map((key) => `hiring.${key}`),
			]),
		);
		// `review.ignore` is a sheet of its own, a row per entry.
		expect(keys(review)).toEqual(['strict', 'ignore']);
		expect(placed('review')).toEqual(keys(review.shape.ignore.unwrap().element));
		expect(placed('levels')).toEqual(expect.arrayContaining(keys(LevelSchema)));
		expect(placed('tracks')).toEqual(expect.arrayContaining(keys(TrackSchema)));
		expect(placed('groups')).toEqual(expect.arrayContaining(keys(GroupSchema)));
		// An area's competencies are the Competencies sheet; a competency's levels, its Descriptors and Criteria.
		expect(placed('areas')).toEqual(expect.arrayContaining(keys(CompetencyAreaSchema).filter((key) => key !== 'competencies')));
		// A competency's questions are a sheet of their own, a row per question.
		expect(placed('competencies')).toEqual(expect.arrayContaining(keys(CompetencySchema).filter((key) => key !== 'levels' && key !== 'questions')));
		expect(placed('questions')).toEqual(expect.arrayContaining(keys(QuestionSchema.options[1])));
		expect(placed('criteria')).toEqual(expect.arrayContaining(keys(CriterionSchema.options[1])));
		// A role's skills and expectations are sheets of their own.
		expect(placed('roles')).toEqual(
			expect.arrayContaining([...keys(RoleSchema).filter((key) => key !== 'skills' && key !== 'expectations'), ...keys(HiringSchema).map((key) => `hiring.${key}`)]),
		);
		expect(placed('expectations')).toEqual(expect.arrayContaining(keys(ExpectationSchema.options[1])));
		expect(placed('skills')).toEqual(['role', 'group', 'skill']);
		expect(placed('bodies')).toEqual(['role', 'body']);
	});

	test('names each sheet once', () => {
		const names = Object.values(SHEETS).map((sheet) => sheet.name);
		expect(new Set(names).size).toBe(names.length);
	});
});

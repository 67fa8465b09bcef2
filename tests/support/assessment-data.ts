import type { AssessmentData } from '../../src/assessment/items.ts';
import { messagesFor, wordsFor } from '../../src/messages/catalogue.ts';

/** A small ladder as the self-assessment reads it: two roles, two areas, criteria and a single descriptor. */
export const ASSESSMENT_DATA: AssessmentData = {
	ladder: 'Test ladder',
	words: wordsFor(messagesFor('en'), 'assessment.', 'chart.', 'team.', 'translation.missing'),
	release: '2026-h1',
	levels: { one: 'One', two: 'Two' },
	scale: ['one', 'two'],
	areas: [
		{ id: 'craft', name: 'Craft' },
		{ id: 'people', name: 'People' },
	],
	competencies: {
		coding: {
			name: 'Coding',
			area: 'craft',
			levels: {
				one: [{ key: 'coding/one', text: 'Writes code.' }],
				two: [
					{ key: 'coding/two/tests', text: 'Writes tests.' },
					{ key: 'coding/two/reviews', text: 'Reviews code.' },
				],
			},
		},
		mentoring: { name: 'Mentoring', area: 'people', levels: { two: [{ key: 'mentoring/two', text: 'Mentors.' }] } },
	},
	roles: {
		junior: { title: 'Junior', track: 'eng', next: ['senior'], expects: { coding: 'one' } },
		senior: { title: 'Senior', track: 'eng', next: [], expects: { coding: 'two', mentoring: 'two' } },
	},
	roleOrder: ['junior', 'senior'],
	tracks: { eng: 'Engineering' },
};

/**
 * Small ladders that more than one unit test reads, each named for what it shows. Built from the
 * same builders, so they go through the real schemas and validator.
 */
import { makeArea, makeLadder, makeRole, makeSource } from './ladder-builders.ts';

/** Junior → Senior → Boss (on the lead track) by next paths, and a Twin beside Senior with none. */
export const stepsLadder = makeLadder(
	makeSource({
		areas: { craft: makeArea(['building', 'testing', 'teaching']) },
		roles: {
			junior: makeRole({ title: 'Junior', grade: 1, next: ['senior'], skills: { Tools: ['Git', 'Make'] }, expectations: { building: 'good', testing: 'good' } }),
			senior: makeRole({
				title: 'Senior',
				grade: 2,
				next: ['boss'],
				scope: 'A service.',
				skills: { Tools: ['Git', 'Kubernetes'] },
				expectations: { building: 'great', testing: 'good', teaching: 'basic' },
			}),
			twin: makeRole({ title: 'Twin', grade: 2 }),
			boss: makeRole({ title: 'Boss', track: 'lead', grade: 2, expectations: { teaching: 'great' } }),
		},
	}),
);

/** Two areas, Craft and People, and a Junior who steps up to a Senior. */
export const profileLadder = makeLadder(
	makeSource({
		areas: { craft: makeArea(['building', 'testing'], { order: 1 }), people: makeArea(['teaching'], { name: 'People', order: 2 }) },
		roles: {
			junior: makeRole({ title: 'Junior', next: ['senior'], expectations: { building: 'basic' } }),
			senior: makeRole({ title: 'Senior', grade: 2, expectations: { building: 'great', testing: 'good', teaching: 'good' } }),
		},
	}),
);

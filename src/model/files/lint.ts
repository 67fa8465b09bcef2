import { compareExpectations } from '../ladder/compare.ts';
import { getRole, getTrack, sharedTrack, trackRoles } from '../ladder/lookup.ts';
import { warnings, type Problem } from './problems.ts';
import type { Ladder, Role } from '../ladder/types.ts';
import { LINT_RULES } from '../review/rules.ts';

/** Two roles of one grade are "very different" when their mean levels differ by more than this share. */
export const GRADE_BALANCE_TOLERANCE = 0.25;

/**
 * Finds what a valid ladder probably does not mean: expectations that go down from one step to
 * the next, competencies nobody expects, roles that expect nothing, grades whose roles on
 * different tracks carry very different weight, `next` paths that go down a grade, and two roles
 * of one track on one rung.
 */
export function lintLadder(ladder: Ladder): Problem[] {
	return [
		...loweredExpectations(ladder),
		...unexpectedCompetencies(ladder),
		...emptyRoles(ladder),
		...unbalancedGrades(ladder),
		...nextToLowerGrades(ladder),
		...sharedRungs(ladder),
	];
}

/**
 * The warnings `review.ignore` in `ladder.yaml` does not name: an entry names a warning by its rule
 * and one of the ids it is about (`src/model/review/rules.ts` names the lint's rules).
 */
export function notIgnored(found: Problem[], ladder: Pick<Ladder, 'ignored'>): Problem[] {
	if (ladder.ignored.length === 0) return found;
	return found.filter((warning) => !ladder.ignored.some((entry) => entry.rule === LINT_RULES[warning.kind!] && warning.about?.includes(entry.id)));
}

/**
 * Expectations that go down on the way up: along every `next` path, and from the rung below within
 * a track. Against a rung, each expectation is compared with the highest level any role of the
 * rung below expects of that competency, so the work and the warnings grow with the roles, not
 * with the pairs of roles (a wide rung of 40 roles below 40 others would make 1,600 pairs).
 */
function loweredExpectations(ladder: Ladder): Problem[] {
	const levelById = new Map(ladder.levels.map((level) => [level.id, level]));
	const found = new Map<string, Problem>();
	const warn = (from: Role, to: Role, competencyId: string, fromLevelId: string, toLevelId: string) => {
		const key = `${to.id}|${competencyId}|${from.id}`;
		if (found.has(key)) return;
		const [fromLevel, toLevel] = [levelById.get(fromLevelId)!, levelById.get(toLevelId)!];
		found.set(key, {
			file: to.file,
			field: `expectations.${competencyId}`,
			message: warnings.lowered(competencyId, from, fromLevel.label, toLevel.label),
			kind: 'lowered',
			about: [to.id, competencyId],
		});
	};
	for (const role of ladder.roles) {
		for (const nextId of role.next) {
			const to = getRole(ladder, nextId);
			for (const change of compareExpectations(ladder, role, to)) {
				if (change.kind === 'lowered') warn(role, to, change.competency.id, change.from!.id, change.to!.id);
			}
		}
	}
	for (const track of ladder.tracks) {
		for (const [below, rung] of adjacentRungs(trackRoles(ladder, track))) {
			const highest = new Map<string, { role: Role; levelId: string; rank: number }>();
			for (const role of below) {
				for (const { competencyId, levelId } of role.expectations) {
					const level = levelById.get(levelId)!;
					if ((highest.get(competencyId)?.rank ?? 0) < level.rank) highest.set(competencyId, { role, levelId, rank: level.rank });
				}
			}
			for (const role of rung) {
				for (const { competencyId, levelId } of role.expectations) {
					const top = highest.get(competencyId);
					if (top && levelById.get(levelId)!.rank < top.rank) warn(top.role, role, competencyId, top.levelId, levelId);
				}
			}
		}
	}
	return [...found.values()];
}

/** A track's roles as rungs (roles of one grade), each paired with the rung below it. */
function adjacentRungs(roles: readonly Role[]): [Role[], Role[]][] {
	const rungs: Role[][] = [];
	for (const role of roles) {
		const last = rungs.at(-1);
		if (last && last[0]!.grade === role.grade) last.push(role);
		else rungs.push([role]);
	}
	return rungs.slice(1).map((rung, index) => [rungs[index]!, rung]);
}

function unexpectedCompetencies(ladder: Ladder): Problem[] {
	const expected = new Set(ladder.roles.flatMap((role) => role.expectations.map((e) => e.competencyId)));
	return ladder.areas.flatMap((area) =>
		area.competencyIds.flatMap((id, index) =>
			expected.has(id) ? [] : [{ file: area.file, field: `competencies[${index}]`, message: warnings.unexpected(id), kind: 'unexpected' as const, about: [id] }],
		),
	);
}

function emptyRoles(ladder: Ladder): Problem[] {
	return ladder.roles
		.filter((role) => role.expectations.length === 0)
		.map((role) => ({ file: role.file, field: 'expectations', message: warnings.expectsNothing(), kind: 'expectsNothing' as const, about: [role.id] }));
}

/**
 * Each role against the role of its grade, on another track, whose weight is furthest from its
 * own: one warning at most per role, so a big ladder is not buried in a warning per pair of roles.
 * Only the role listed later of two that differ says so, as each pair used to be reported once.
 */
function unbalancedGrades(ladder: Ladder): Problem[] {
	const rankOf = new Map(ladder.levels.map((level) => [level.id, level.rank]));
	// Like with like: the mean level over what each role expects, not totals, which would set a track
	// with more competencies against one with fewer.
	const meanOf = new Map(
		ladder.roles.map((role) => {
			const ranks = role.expectations.map((e) => rankOf.get(e.levelId) ?? 0);
			const mean = ranks.length === 0 ? 0 : ranks.reduce((sum, rank) => sum + rank, 0) / ranks.length;
			return [role, Math.round(mean * 100) / 100];
		}),
	);
	return [...Map.groupBy(ladder.roles, (role) => role.grade).values()].flatMap((grade) =>
		grade.flatMap((role, index) => {
			const mine = meanOf.get(role)!;
			// The furthest of the roles listed before it on other tracks: the lightest or the heaviest.
			const furthest = grade
				.slice(0, index)
				.filter((other) => !sharedTrack(ladder, other, role))
				.reduce<Role | undefined>((best, other) => (best && Math.abs(meanOf.get(best)! - mine) >= Math.abs(meanOf.get(other)! - mine) ? best : other), undefined);
			if (!furthest) return [];
			const theirs = meanOf.get(furthest)!;
			if (Math.abs(mine - theirs) <= GRADE_BALANCE_TOLERANCE * Math.max(mine, theirs)) return [];
			const track = getTrack(ladder, furthest.trackId).name;
			return [{ file: role.file, field: 'grade', message: warnings.unbalancedGrade(mine, { ...furthest, track }, theirs), kind: 'unbalancedGrade' as const, about: [role.id] }];
		}),
	);
}

/**
 * A `next` path to a lower grade of the same track: a way down, written where a way up was meant.
 * Across tracks grades are numbered apart (IC4 sits beside M2), so a lower number says nothing.
 */
function nextToLowerGrades(ladder: Ladder): Problem[] {
	return ladder.roles.flatMap((role) =>
		role.next
			.map((nextId) => getRole(ladder, nextId))
			.filter((next) => sharedTrack(ladder, role, next) && next.grade < role.grade)
			.map((next) => ({ file: role.file, field: 'next', message: warnings.nextLower(next, role.grade, next.grade), kind: 'nextLower' as const, about: [role.id, next.id] })),
	);
}

/**
 * Two roles of one track at one grade: their pages compare each with the same rung below, and the
 * ladder does not say which leads to which. Said once per role, naming the first of its grade.
 */
function sharedRungs(ladder: Ladder): Problem[] {
	// A role several tracks share is said once, on the first track where it shares a rung.
	const said = new Set<Role>();
	return ladder.tracks.flatMap((track) => {
		const first = new Map<number, Role>();
		return trackRoles(ladder, track).flatMap((role) => {
			const earlier = first.get(role.grade);
			if (!earlier) {
				first.set(role.grade, role);
				return [];
			}
			if (said.has(role)) return [];
			said.add(role);
			return [{ file: role.file, field: 'grade', message: warnings.sameRung(earlier, role.grade), kind: 'sameRung' as const, about: [role.id] }];
		});
	});
}

import { compareExpectations } from './compare.ts';
import { getRole, getTrack, rungBelow } from './lookup.ts';
import { warnings, type Problem } from './problems.ts';
import type { Ladder, Role } from './types.ts';

/** Two roles of one grade are "very different" when their totals differ by more than this share. */
export const GRADE_BALANCE_TOLERANCE = 0.25;

/**
 * Finds what a valid ladder probably does not mean: expectations that go down from one step to
 * the next, competencies nobody expects, roles that expect nothing, and grades whose roles on
 * different tracks carry very different weight.
 */
export function lintLadder(ladder: Ladder): Problem[] {
	return [...loweredExpectations(ladder), ...unexpectedCompetencies(ladder), ...emptyRoles(ladder), ...unbalancedGrades(ladder)];
}

/**
 * Every pair the lint compares: each `next` path and each pair of roles adjacent by grade within a
 * track. More pairs than there are comparison pages; the lint builds no pages, so it can afford them.
 */
function lintPairs(ladder: Ladder): [Role, Role][] {
	const pairs = new Map<string, [Role, Role]>();
	for (const role of ladder.roles) {
		for (const nextId of role.next) pairs.set(`${role.id}→${nextId}`, [role, getRole(ladder, nextId)]);
		for (const below of rungBelow(ladder, role)) pairs.set(`${below.id}→${role.id}`, [below, role]);
	}
	return [...pairs.values()];
}

function loweredExpectations(ladder: Ladder): Problem[] {
	return lintPairs(ladder).flatMap(([from, to]) => {
		return compareExpectations(ladder, from, to)
			.filter((change) => change.kind === 'lowered')
			.map((change) => ({
				file: to.file,
				field: `expectations.${change.competency.id}`,
				message: warnings.lowered(change.competency.id, from, change.from?.label ?? '', change.to?.label ?? ''),
			}));
	});
}

function unexpectedCompetencies(ladder: Ladder): Problem[] {
	const expected = new Set(ladder.roles.flatMap((role) => role.expectations.map((e) => e.competencyId)));
	return ladder.areas.flatMap((area) =>
		area.competencyIds.flatMap((id, index) =>
			expected.has(id) ? [] : [{ file: area.file, field: `competencies[${index}]`, message: warnings.unexpected(id) }],
		),
	);
}

function emptyRoles(ladder: Ladder): Problem[] {
	return ladder.roles
		.filter((role) => role.expectations.length === 0)
		.map((role) => ({ file: role.file, field: 'expectations', message: warnings.expectsNothing() }));
}

function unbalancedGrades(ladder: Ladder): Problem[] {
	const found: Problem[] = [];
	const total = (role: Role) =>
		role.expectations.reduce((sum, e) => sum + (ladder.levels.find((l) => l.id === e.levelId)?.rank ?? 0), 0);
	ladder.roles.forEach((role, index) => {
		// Each pair once: compare with the roles listed before this one.
		for (const other of ladder.roles.slice(0, index)) {
			if (other.grade !== role.grade || other.trackId === role.trackId) continue;
			const [mine, theirs] = [total(role), total(other)];
			if (Math.abs(mine - theirs) > GRADE_BALANCE_TOLERANCE * Math.max(mine, theirs)) {
				const track = getTrack(ladder, other.trackId).name;
				found.push({ file: role.file, field: 'grade', message: warnings.unbalancedGrade(mine, { ...other, track }, theirs) });
			}
		}
	});
	return found;
}

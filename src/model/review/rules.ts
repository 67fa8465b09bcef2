/**
 * The rules of the ladder review: what each finds and how much it matters by default. Their ids are
 * fixed: `review.ignore` in `ladder.yaml`, the JSON report and CI annotations are written against
 * them. The ladder lint's warnings are rules of the same report, so one ignore list and one
 * `strict` serve both.
 */
export type Severity = 'error' | 'warning' | 'hint';

export const RULES = {
	'ability-phrasing': { severity: 'warning', finds: 'a criterion about a capacity ("Can …", "Understands …"), not something one can see done' },
	'trivialising-word': { severity: 'warning', finds: 'a word that makes the work sound trivial ("simply", "just", "obviously", "easily")' },
	'hedge-word': { severity: 'hint', finds: 'a hedge ("probably", "mostly", "fairly", "quite")' },
	'repeated-criterion': { severity: 'warning', finds: 'the same criterion at two levels of one competency' },
	'near-duplicate': { severity: 'warning', finds: 'two criteria at different levels of one competency in nearly the same words' },
	'level-adds-nothing': { severity: 'warning', finds: 'a level whose every criterion repeats or nearly repeats one of the level below' },
	'step-adds-nothing': { severity: 'warning', finds: 'a role and its next role on the same track expecting the same levels with the same notes' },
	'competency-dropped': { severity: 'hint', finds: 'a competency a role expects and its next role on the same track does not' },
	'years-of-experience': { severity: 'warning', finds: 'a number of years asked of a person, outside the role’s `experience`' },
	'personality-trait': { severity: 'warning', finds: 'a trait ("passionate", "rockstar") rather than behaviour' },
	'gendered-language': { severity: 'warning', finds: 'a gendered word ("he", "his", "guys", "manpower")' },
	'long-criterion': { severity: 'hint', finds: 'a criterion of more than 40 words or more than two sentences' },
	// The ladder lint, as rules of the same report.
	'expectation-lowered': { severity: 'warning', finds: 'an expectation that goes down from one role to the next' },
	'competency-unexpected': { severity: 'warning', finds: 'a competency no role expects' },
	'role-expects-nothing': { severity: 'warning', finds: 'a role that expects nothing' },
	'grade-unbalanced': { severity: 'warning', finds: 'roles of one grade on different tracks of very different weight' },
	'next-to-lower-grade': { severity: 'warning', finds: 'a `next` path to a lower grade of the same track' },
	'shared-rung': { severity: 'warning', finds: 'two roles of one grade on one track' },
	// The review's own bookkeeping.
	'unused-ignore': { severity: 'warning', finds: 'an entry of `review.ignore` that matches no finding (or names no rule)' },
} as const satisfies Record<string, { severity: Severity; finds: string }>;

export type RuleId = keyof typeof RULES;

/** Which review rule each kind of lint warning is. */
export const LINT_RULES = {
	lowered: 'expectation-lowered',
	unexpected: 'competency-unexpected',
	expectsNothing: 'role-expects-nothing',
	unbalancedGrade: 'grade-unbalanced',
	nextLower: 'next-to-lower-grade',
	sameRung: 'shared-rung',
} as const satisfies Record<string, RuleId>;

/** One thing the review found. */
export interface Finding {
	rule: RuleId;
	severity: Severity;
	/** Relative to the ladder's folder: `roles/staff-engineer.mdx`. */
	file: string;
	line: number;
	/** What was found, and what to write instead. */
	message: string;
	/** The words it is about, as written. */
	text: string;
	track?: string;
	role?: string;
	competency?: string;
	level?: string;
	/** The criterion's id. */
	criterion?: string;
	/** The other place, for repeats and near-duplicates. */
	related?: { file: string; line: number; text: string };
}

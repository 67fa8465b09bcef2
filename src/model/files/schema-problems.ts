import type { z } from 'astro/zod';
import { problems, WHOLE_FILE, type Problem } from './problems.ts';

/** Parses `data` with `schema`; on failure, one problem per Zod issue, naming file and field. */
export function parseWithProblems<T>(
	schema: z.ZodType<T>,
	data: unknown,
	file: string,
): { data?: T; problems: Problem[] } {
	// `undefined` marks a file the reader could not parse; it has reported why already.
	if (data === undefined) return { problems: [] };
	if (data === null) return { problems: [{ file, field: WHOLE_FILE, message: problems.emptyFile() }] };
	const result = schema.safeParse(data, { error: requiredWhenMissing });
	if (result.success) return { data: result.data, problems: [] };
	return { problems: flattenIssues(result.error.issues).map((issue) => toProblem(issue, file)) };
}

/** Formats a Zod path as `levels[1].id`, the way a reader finds it in YAML. */
export function formatPath(path: readonly PropertyKey[]): string {
	if (path.length === 0) return WHOLE_FILE;
	return path
		.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`))
		.join('');
}

function requiredWhenMissing(issue: { code?: string; input?: unknown; expected?: string }) {
	// A field that is text or an object (a translation's entry) says the same of a missing or empty one.
	if (issue.code === 'invalid_union' && (issue.input === null || issue.input === undefined)) return issue.input === null ? problems.emptyValue() : problems.required();
	if (issue.code !== 'invalid_type') return undefined;
	if (issue.input === undefined) return problems.required();
	// `key:` with nothing under it is null in YAML: say that, not "expected array, received null".
	if (issue.input === null) return problems.emptyValue();
	// YAML reads an unquoted 2024-01-01 as a date, as the site's build does.
	if (issue.input instanceof Date) return problems.dateNotText();
	if (typeof issue.input === 'number' && issue.expected === 'string') return problems.numberNotText();
	return undefined;
}

/**
 * A union's failure carries the issues of every branch; only the branch whose type matched the
 * input says something useful ("note must not be empty", not "expected string").
 */
function flattenIssues(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[] = []): Issue[] {
	return issues.flatMap((issue): Issue[] => {
		const path = [...prefix, ...issue.path];
		if (issue.code === 'invalid_union' && issue.errors.length > 0) {
			const matching = issue.errors.find((branch) => !branch.some(isRootTypeMismatch));
			if (matching) return flattenIssues(matching, path);
		}
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => ({ path: [...path, key], message: problems.unknownField() }));
		}
		return [{ path, message: issue.message }];
	});
}

function isRootTypeMismatch(issue: z.core.$ZodIssue): boolean {
	return issue.code === 'invalid_type' && issue.path.length === 0;
}

function toProblem(issue: Issue, file: string): Problem {
	return { file, field: formatPath(issue.path), message: issue.message };
}

interface Issue {
	path: PropertyKey[];
	message: string;
}

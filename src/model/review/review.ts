/**
 * The ladder review (`ladder review`): reads a valid ladder for where it reads badly, by the rules
 * of `rules.ts`, and reports each finding with its file (relative to the ladder's folder), line,
 * rule, severity, what was found and what to write instead. The lint's warnings are findings of
 * the same report; `review.ignore` in `ladder.yaml` keeps the findings the authors have looked at,
 * and an entry that matches nothing is itself a finding, so old ones do not pile up.
 */
import { relative, resolve } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { INLINE_ONLY } from '../../schemas/inline-only.ts';
import { fieldLine } from '../files/field-line.ts';
import { loadLadder } from '../files/load.ts';
import type { BodyLinks } from '../files/prose.ts';
import { getCompetency, sharedTrack } from '../ladder/lookup.ts';
import type { Ladder } from '../ladder/types.ts';
import { repeats, type Placed } from './repetition.ts';
import { LINT_RULES, RULES, type Finding } from './rules.ts';
import { addsNothing, droppedOnTheWayUp, trackSteps } from './steps.ts';
import { wordingFindings, type TextKind } from './wording.ts';

export interface Review {
	ladder: Ladder;
	/** Sorted by file and line. */
	findings: Finding[];
	/** Whether warnings fail the review (`review.strict`, or `lint.strict`). */
	strict: boolean;
}

/** Where a finding is: a file and the field whose line it is on, or the line itself (in a body). */
interface Place {
	file: string;
	field: string;
	line?: number;
}
/** What a finding is about. */
type About = Pick<Finding, 'track' | 'role' | 'competency' | 'level' | 'criterion'>;
type Draft = Omit<Finding, 'severity' | 'file' | 'line'> & { severity?: Finding['severity']; place: Place };

/** Reviews the ladder in `dir`. A malformed ladder throws the check's `LadderError`. */
export function reviewLadder(dir: string): Review {
	const { ladder, linted, bodies } = loadLadder(dir, { keepWarnings: true });
	const root = resolve(dir);
	const found: Finding[] = [];
	const at = (file: string, field: string): Place => ({ file, field });
	// A line is looked up only for a finding: a walk of the file's YAML each.
	const located = (place: Place) => ({ file: relative(root, resolve(place.file)), line: place.line ?? fieldLine(place.file, place.field) ?? 1 });
	const add = ({ place, ...finding }: Draft) => found.push({ ...finding, ...located(place), severity: finding.severity ?? RULES[finding.rule].severity });
	const words = (text: string, kind: TextKind, place: Place, about: About) => {
		const plain = plainWords(text);
		for (const finding of wordingFindings(plain, kind)) add({ ...about, place, ...finding, text: plain });
	};

	// The competencies: every criterion and example, and the repeats across their levels.
	for (const area of ladder.areas) {
		area.competencyIds.forEach((competencyId, index) => {
			const competency = getCompetency(ladder, competencyId);
			const levels: Placed[][] = [];
			const places = new Map<Placed, Place>();
			for (const level of ladder.levels) {
				const descriptor = competency.descriptors.get(level.id);
				if (!descriptor) continue;
				const placed: Placed[] = [];
				descriptor.criteria.forEach((criterion, j) => {
					const field = descriptor.isList ? `competencies[${index}].levels.${level.id}[${j}].text` : `competencies[${index}].levels.${level.id}`;
					const about = { competency: competencyId, level: level.id, criterion: criterion.id };
					words(criterion.text, 'criterion', at(area.file, field), about);
					criterion.examples.forEach((example, k) => words(example, 'example', at(area.file, `competencies[${index}].levels.${level.id}[${j}].examples[${k}]`), about));
					const one = { levelId: level.id, index: j, words: plainWords(criterion.text) };
					placed.push(one);
					places.set(one, at(area.file, field));
				});
				levels.push(placed);
			}
			const criterionOf = (placed: Placed) => competency.descriptors.get(placed.levelId)!.criteria[placed.index]!.id;
			const repeated = repeats(levels);
			for (const repeat of repeated) {
				const earlier = located(places.get(repeat.earlier)!);
				const below = ladder.levels.find((level) => level.id === repeat.earlier.levelId)!.label;
				add({
					rule: repeat.kind === 'repeated' ? 'repeated-criterion' : 'near-duplicate',
					place: places.get(repeat.later)!,
					competency: competencyId,
					level: repeat.later.levelId,
					criterion: criterionOf(repeat.later),
					message:
						repeat.kind === 'repeated'
							? `repeats, word for word, a criterion of ${below} (line ${earlier.line}): a reader cannot tell what changes; say what this level asks beyond it, or keep it at the lower level only`
							: `says nearly what a criterion of ${below} says (line ${earlier.line}); the difference is only ${repeat.difference}: make what changes plain, or merge the two`,
					text: repeat.later.words,
					related: { ...earlier, text: repeat.earlier.words },
				});
			}
			// A level all of whose criteria repeat the level below.
			levels.forEach((placed, i) => {
				if (i === 0 || placed.length === 0) return;
				const below = levels[i - 1]![0]?.levelId;
				const repeating = new Set(repeated.filter((repeat) => repeat.earlier.levelId === below).map((repeat) => repeat.later));
				if (!placed.every((one) => repeating.has(one))) return;
				const level = ladder.levels.find((one) => one.id === placed[0]!.levelId)!;
				add({
					rule: 'level-adds-nothing',
					place: at(area.file, `competencies[${index}].levels.${level.id}`),
					competency: competencyId,
					level: level.id,
					message: `${competency.name} at ${level.label} repeats the level below, criterion for criterion: say what someone at ${level.label} does that they did not before`,
					text: placed.map((one) => one.words).join(' / '),
				});
			});
		});
	}

	// The roles: what they say, their prose, and each step to a next role on their track.
	for (const role of ladder.roles) {
		const about = { track: role.trackId, role: role.id };
		if (role.summary) words(role.summary, 'note', at(role.file, 'summary'), about);
		if (role.scope) words(role.scope, 'note', at(role.file, 'scope'), about);
		for (const expectation of role.expectations) {
			if (expectation.note) words(expectation.note, 'note', at(role.file, `expectations.${expectation.competencyId}.note`), { ...about, competency: expectation.competencyId });
		}
		for (const paragraph of bodyParagraphs(bodies.get(role.file))) {
			for (const finding of wordingFindings(paragraph.text, 'prose')) add({ ...about, place: { file: role.file, field: 'body', line: paragraph.line }, ...finding, text: paragraph.text });
		}
	}
	const steps = trackSteps(ladder);
	for (const step of steps) {
		if (addsNothing(step)) {
			add({
				rule: 'step-adds-nothing',
				place: at(step.from.file, 'next'),
				track: sharedTrack(ladder, step.from, step.to)!.id,
				role: step.from.id,
				message: `${step.to.title} expects the same levels of the same competencies as ${step.from.title}, with the same notes: say what changes on the way up`,
				text: `${step.from.title} → ${step.to.title}`,
			});
		}
	}
	for (const { from, to, competencyId } of droppedOnTheWayUp(steps)) {
		const name = getCompetency(ladder, competencyId).name;
		// A role tracks share steps onto several tracks: name the track only where its steps share one.
		const tracks = new Set(to.map((role) => sharedTrack(ladder, from, role)?.name));
		const on = tracks.size === 1 ? ` on ${[...tracks][0]}` : '';
		const next = to.length === 1 ? `${to[0]!.title}, its next step${on}, does not` : `none of its next steps${on} (${to.map((role) => role.title).join(', ')}) does`;
		add({
			rule: 'competency-dropped',
			place: at(from.file, 'next'),
			track: from.trackId,
			role: from.id,
			competency: competencyId,
			message: `${from.title} expects ${name} and ${next}: expect it on the way up, or say in the role why it stops`,
			text: name,
		});
	}

	// The lint, as rules of the same report.
	for (const warning of linted) {
		const [first, second] = warning.about ?? [];
		const role = ladder.roles.find((one) => one.id === first);
		const competency = warning.kind === 'unexpected' ? first : warning.kind === 'lowered' ? second : undefined;
		add({
			rule: LINT_RULES[warning.kind!],
			place: at(warning.file, warning.field),
			...(role ? { role: role.id, track: role.trackId } : {}),
			...(competency ? { competency } : {}),
			message: warning.message,
			text: warning.about?.join(', ') ?? '',
		});
	}

	return { ladder, findings: sorted(withoutIgnored(found, ladder, dir)), strict: ladder.strictLint };
}

/** The findings `review.ignore` does not name, and a finding for each entry that named none. */
function withoutIgnored(found: Finding[], ladder: Ladder, dir: string): Finding[] {
	const used = new Set<number>();
	const kept = found.filter((finding) => {
		const ids = [finding.criterion, finding.competency, finding.role, finding.track].filter(Boolean);
		const entry = ladder.ignored.findIndex((one) => one.rule === finding.rule && ids.includes(one.id));
		if (entry === -1) return true;
		used.add(entry);
		return false;
	});
	const file = resolve(dir, 'ladder.yaml');
	ladder.ignored.forEach((entry, index) => {
		if (used.has(index)) return;
		const known = entry.rule in RULES;
		kept.push({
			rule: 'unused-ignore',
			severity: RULES['unused-ignore'].severity,
			file: 'ladder.yaml',
			line: fieldLine(file, `review.ignore[${index}]`) ?? 1,
			message: known
				? `ignores ${entry.rule} for “${entry.id}”, which has no such finding: remove the entry`
				: `names the rule “${entry.rule}”, which the review does not have: the rules are ${Object.keys(RULES).join(', ')}`,
			text: `${entry.rule}: ${entry.id}`,
		});
	});
	return kept;
}

function sorted(found: Finding[]): Finding[] {
	const ruleOrder = Object.keys(RULES);
	return found.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || ruleOrder.indexOf(a.rule) - ruleOrder.indexOf(b.rule));
}

/** Text as a reader sees it: Markdown's links, emphasis and code are their words. */
export function plainWords(text: string): string {
	return /[\\`*_[\]<&!]/.test(text) ? toString(fromMarkdown(text, { extensions: [INLINE_ONLY] })) : text;
}

/** The prose of a role's body, as the check read it, paragraph by paragraph (list items, table cells and headings too), with their lines. */
function bodyParagraphs(body: BodyLinks | undefined): { text: string; line: number }[] {
	if (!body?.text) return [];
	const offset = (body.firstLine ?? 1) - 1;
	const found: { text: string; line: number }[] = [];
	visit(fromMarkdown(body.text), (node) => {
		if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return;
		found.push({ text: toString(node).replace(/\s+/g, ' '), line: (node.position?.start.line ?? 1) + offset });
		return 'skip';
	});
	return found;
}

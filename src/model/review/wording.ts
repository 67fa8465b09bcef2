/**
 * The rules about wording, on one text with its Markdown removed: a criterion or descriptor, an
 * example, a role's note, summary or scope, or a paragraph of a role's body. Words are matched as
 * words ("Canary releases" is not "Can", "Justifies" is not "just"), following the Financial
 * Times' engineering progression guide: observable behaviour ("Writes tests", not "Can write
 * tests"), no word that makes the work sound trivial or hedges it, no traits, no gender.
 */
import type { RuleId, Severity } from './rules.ts';

/** Where a text stands: only criteria are read as behaviour to observe, and measured for length. */
export type TextKind = 'criterion' | 'example' | 'note' | 'prose';

export interface WordingFinding {
	rule: RuleId;
	/** Lower than the rule's default where the text makes up for it. */
	severity?: Severity;
	message: string;
}

/** The openings of a sentence about a capacity, with what the observable version starts with. */
const ABILITY = /^(can|is able to|able to|understands|knows|has knowledge of|is aware of)\s+(\S+)/i;

/**
 * A verb in the third person after "and", or after a comma: "Knows the scheme and follows it".
 * Words ending in "s" that are not verbs are left out.
 */
const OBSERVABLE_AFTER = /(?:\band|,)\s+(?:then\s+)?([a-z]+s)\b/gi;
const NOT_VERBS = new Set(['its', 'this', 'his', 'hers', 'theirs', 'ours', 'yours', 'is', 'was', 'has', 'does', 'as', 'us', 'thus', 'plus', 'less', 'across', 'unless', 'process', 'business', 'access', 'success', 'status', 'focus', 'analysis', 'basis', 'bias', 'news', 'series', 'systems', 'services', 'teams', 'tools', 'tests', 'users', 'others', 'peers', 'needs', 'goals', 'risks', 'results', 'decisions', 'changes', 'issues', 'practices', 'processes', 'standards', 'tradeoffs', 'trade-offs', 'limits', 'constraints']);

const TRIVIALISING = /\b(simply|just|obviously|merely|of course|easily|easy)\b(?!-)/gi;
/** "Easy to change", "easier": making things easy is a goal, not a trivialiser. */
const EASY_AS_GOAL = /^easy\s+to\b|^easy\s+for\b/i;
const HEDGES = /\b(probably|mostly|somewhat|fairly|pretty|quite|maybe|perhaps)\b(?!-)/gi;
const TRAITS = /\b(passionate|passion for|enthusiastic|rock ?stars?|ninjas?|gurus?|outgoing|charismatic|extroverted|extroverts?|introverted|bubbly|superstars?|wizards?|self-starters?)\b/gi;
const GENDERED: [RegExp, string][] = [
	[/\b(he|she)\b/gi, 'they'],
	[/\b(his|her)\b/gi, 'their'],
	[/\bhim\b/gi, 'them'],
	[/\b(himself|herself)\b/gi, 'themselves'],
	[/\bguys\b/gi, 'everyone, folks or the team'],
	[/\bmanpower\b/gi, 'people, staff or effort'],
	[/\bman-?hours\b/gi, 'person-hours'],
	[/\b(chairman|chairwoman)\b/gi, 'chair'],
	[/\b(salesman|saleswoman)\b/gi, 'salesperson'],
];
const NUMBER = '(?:(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\s*(?:-|–|to|or)\\s*)?(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)';
/**
 * Years asked of a person: "5+ years", "three years of experience", "at least 2 years in", "over
 * four years as", "8-10 years of progressive software development experience". Not other
 * durations: "keeps 7 years of audit history".
 */
const YEARS = new RegExp(
	`\\b(?:(${NUMBER})\\s*\\+\\s*years?\\b|(?:(?:at least|minimum of|more than|over)\\s+)?${NUMBER}\\s+years?(?:'|’)?\\s+(?:of\\s+(?:[\\w-]+\\s+){0,3}experience|experience|in|as|with)\\b)`,
	'gi',
);

export function wordingFindings(text: string, kind: TextKind): WordingFinding[] {
	const found: WordingFinding[] = [];
	if (kind === 'criterion') {
		const ability = ABILITY.exec(text.trim());
		if (ability) {
			const observable = [...text.slice(ability[0].length).matchAll(OBSERVABLE_AFTER)].some(([, word]) => !NOT_VERBS.has(word!.toLowerCase()));
			found.push({
				rule: 'ability-phrasing',
				...(observable ? { severity: 'hint' as const } : {}),
				message: `begins “${ability[1]}”, a capacity no one can see: say what the person does, as in “${abilityExample(ability[1]!, ability[2]!)}”`,
			});
		}
		const words = text.split(/\s+/).filter(Boolean).length;
		const sentences = sentenceCount(text);
		if (words > 40 || sentences > 2) {
			found.push({ rule: 'long-criterion', message: `is ${words > 40 ? `${words} words long` : `${sentences} sentences`}: a criterion reads best as one observable behaviour in a sentence or two; split it, or move detail into its examples` });
		}
	}
	for (const match of text.matchAll(TRIVIALISING)) {
		if (/^eas/i.test(match[1]!) && EASY_AS_GOAL.test(text.slice(match.index))) continue;
		// "Just as", "not just its columns" (not only): not the trivialiser.
		if (/^just$/i.test(match[1]!) && (/^just\s+(as|like|cause)\b/i.test(text.slice(match.index)) || /\bnot\s+$/i.test(text.slice(0, match.index)))) continue;
		found.push({ rule: 'trivialising-word', message: `“${match[1]}” makes the work sound trivial, which it is not to whoever is learning it: leave the word out` });
	}
	for (const match of text.matchAll(HEDGES)) {
		found.push({ rule: 'hedge-word', message: `“${match[1]}” hedges the expectation: say what is expected, or where it does not apply` });
	}
	for (const match of text.matchAll(YEARS)) {
		found.push({ rule: 'years-of-experience', message: `asks for “${match[0].trim()}”: time served is not a behaviour, and keeps out people who got there faster; say what the experience shows, and state years, if at all, in the role’s experience` });
	}
	for (const match of text.matchAll(TRAITS)) {
		found.push({ rule: 'personality-trait', message: `“${match[1]}” is a trait, not something one does: describe the behaviour you mean` });
	}
	for (const [pattern, instead] of GENDERED) {
		for (const match of text.matchAll(pattern)) found.push({ rule: 'gendered-language', message: `“${match[1] ?? match[0]}” assumes a gender: write “${instead}”` });
	}
	return found;
}

/** "Can write tests" → "Writes tests"; "Understands X" → "Explains X" where nothing better is known. */
function abilityExample(opening: string, next: string): string {
	const verb = next.replace(/[^a-z-]/gi, '');
	if (/^(can|is able to|able to)$/i.test(opening) && /^[a-z]+$/i.test(verb)) return `${thirdPerson(verb)} …`;
	return 'Explains …, Applies …';
}

function thirdPerson(verb: string): string {
	const lower = verb.toLowerCase();
	const said = /(s|sh|ch|x|z|o)$/.test(lower) ? `${lower}es` : /[^aeiou]y$/.test(lower) ? `${lower.slice(0, -1)}ies` : `${lower}s`;
	return said.charAt(0).toUpperCase() + said.slice(1);
}

/** Sentences, not counting the dots of "e.g.", "i.e.", "etc." or a version number. */
function sentenceCount(text: string): number {
	const plain = text.replace(/\b(e\.g|i\.e|etc|vs|cf)\./gi, '$1').replace(/(\d)\.(\d)/g, '$1$2');
	return plain.split(/[.!?]+(?:\s+|$)/).filter((part) => /\w/.test(part)).length;
}

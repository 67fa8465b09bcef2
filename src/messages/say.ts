/**
 * Saying a message of the catalogue: its `{name}` parts filled in. Apart from the catalogue
 * itself, so that a browser script given its words in its data says them without carrying
 * every message of every language.
 */

/** A message with its `{name}` parts filled. */
export function say<Id extends string>(messages: Readonly<Record<Id, string>>, id: Id, parts: Readonly<Record<string, string | number>> = {}): string {
	return messages[id].replace(/\{([\w-]+)\}/g, (whole, name: string) => (name in parts ? String(parts[name]) : whole));
}

/**
 * A message in pieces, for a page that puts markup in its parts (a link on a role's title): its
 * text, and each part it names as `{ part }`, in the language's order.
 */
export function sayInParts<Id extends string>(messages: Readonly<Record<Id, string>>, id: Id): (string | { part: string })[] {
	return messages[id].split(/(\{[\w-]+\})/).filter(Boolean).map((piece) => (/^\{[\w-]+\}$/.test(piece) ? { part: piece.slice(1, -1) } : piece));
}

/** The ids of a message said in a count's forms, `<base>.one` and `<base>.other`. */
export type Counted<Id extends string> = { [K in Id]: K extends `${infer Base}.one` ? (`${Base}.other` extends Id ? Base : never) : never }[Id];

/** `count` with its message in the form the language's plural rules choose ("1 rating", "0 évaluation"), and any other parts. */
export function sayCount<Id extends string>(
	messages: Readonly<Record<Id, string>>,
	base: Counted<Id>,
	count: number,
	language: string,
	parts: Readonly<Record<string, string | number>> = {},
): string {
	const form = new Intl.PluralRules(language).select(count) === 'one' ? 'one' : 'other';
	return say(messages, `${base}.${form}` as Id, { ...parts, count });
}

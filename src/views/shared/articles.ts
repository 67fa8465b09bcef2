/**
 * English's indefinite article before a name: "an Engineering Manager", "a Senior Engineer". By the
 * first letter's sound, with the usual exceptions of spelling ("an hour", "a user", "a one-off");
 * names are proper nouns, so the rule is applied to the first word as written.
 */
export function articled(name: string): string {
	return `${article(name)} ${name}`;
}

export function article(name: string): 'a' | 'an' {
	const word = name.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
	if (/^(hour|honest|honou?r|heir)/.test(word)) return 'an';
	if (/^(uni|use|usu|uti|eu|one|once|ubi|ura|uro)/.test(word)) return 'a';
	// An initialism read letter by letter: "an SRE", "an ML engineer", "a UX designer".
	if (/^[A-Z]{2,}\b/.test(name.trim())) return /^[AEFHILMNORSX]/.test(name.trim()) ? 'an' : 'a';
	return /^[aeiou]/.test(word) ? 'an' : 'a';
}

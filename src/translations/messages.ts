/**
 * The site's own words that a translated site says in its language, by message id: English, the
 * default, and each language the project ships. A ladder's translation fills or overrides them in
 * its `ui:` (a language the project does not ship starts from English). Only the words of the
 * translation's own marks and links are here so far; every other word of the site is English in
 * every language, beside Starlight's own, which Starlight translates.
 */
export const MESSAGES = {
	en: {
		'translation.missing': 'Not yet translated',
		'translation.stale': 'The original has changed since this was translated',
		/** `{release}`: the release it was translated from. */
		'translation.stale-since': 'Since {release}, the original reads:',
		'languages.label': 'Language:',
	},
	fr: {
		'translation.missing': 'Pas encore traduit',
		'translation.stale': 'L’original a changé depuis cette traduction',
		'translation.stale-since': 'Depuis {release}, l’original dit :',
		'languages.label': 'Langue :',
	},
} as const satisfies Record<string, Record<string, string>>;

export type MessageId = keyof (typeof MESSAGES)['en'];
export type Messages = Readonly<Record<MessageId, string>>;

export const MESSAGE_IDS = Object.keys(MESSAGES.en) as MessageId[];

/** The words of the site in `language`: the project's own for it (English where it has none), then the ladder's `ui`. */
export function messagesFor(language: string, ui: Readonly<Record<string, string>> = {}): Messages {
	const shipped: Partial<Messages> = (MESSAGES as Record<string, Partial<Messages>>)[language] ?? (MESSAGES as Record<string, Partial<Messages>>)[language.split('-')[0]!] ?? {};
	return Object.fromEntries(MESSAGE_IDS.map((id) => [id, ui[id] ?? shipped[id] ?? MESSAGES.en[id]])) as Messages;
}

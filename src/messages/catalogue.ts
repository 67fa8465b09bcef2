/**
 * The site's own words, by message id, in each language the project ships: English, the default,
 * and French. A site in another language (its `language`, or a translation's) says them in it; a
 * ladder's translation fills or overrides them in its `ui:`, and a language the project does not
 * ship starts from English. `{name}` is a part filled in where the message is used.
 *
 * Not every word of the site is here yet: the reading pages (a role, a competency, a track, the
 * home page, the sidebar) and the translation's own marks are. The rest (the matrix, comparisons,
 * changes, hiring, the assessment, the team view) is English in every language so far.
 */
const EN = {
	// A translated site's marks and links.
	'translation.missing': 'Not yet translated',
	'translation.stale': 'The original has changed since this was translated',
	'translation.stale-since': 'Since {release}, the original reads:',
	'languages.label': 'Language:',
	// The sidebar.
	'nav.matrix': 'Competency matrix',
	'nav.competencies': 'Competencies',
	'nav.compare': 'Compare roles',
	'nav.search': 'Search with filters',
	'nav.changes': 'What changed',
	'nav.team': 'Team view',
	'nav.downloads': 'Download the ladder',
	'nav.guides': 'Guides',
	'nav.track-overview': '{track}: overview',
	// A level's badge.
	'level.of': 'level {rank} of {count}',
	// A role's page.
	'role.overview': 'At a glance',
	'role.track': 'Track',
	'role.tracks': 'Tracks',
	'role.grade': 'Grade',
	'role.hiring': 'Hiring',
	'role.hiring-link': 'Hiring for this role',
	'role.hiring-what': ': the job ad, the interview plan and the scorecard',
	'role.about': 'About this role',
	'role.expectations': 'Expectations',
	// `{a-role}`: the title with its article ("an Engineering Manager"), `{role}`: the title alone.
	'role.expectations-intro': 'What {a-role} is expected to show consistently, competency by competency. Each competency can be linked to.',
	'role.summary-caption': 'At a glance: the expected level of each competency',
	'role.competency': 'Competency',
	'role.expected-level': 'Expected level',
	'role.expected-level-is': 'Expected level:',
	'role.note': 'For this role:',
	'role.changes': 'What changed',
	'role.skills': 'Skills and technologies',
	'role.paths': 'Career paths',
	'role.leads-to': 'Where this role usually leads',
	'role.top-of-path': 'No further role is named on this ladder: this is the top of its path.',
	'role.comes-from': 'Where people usually come from',
	'role.start-of-path': 'No role names this one as its next step: it is where people join this path.',
	'role.comparisons': 'What changes',
	'role.from-to': 'From {from} to {to}',
	'role.every-role-of': 'See every role of the',
	'role.track-and-what-adds': 'track and what each adds.',
	'role.tracks-and-what-adds': 'tracks and what each adds.',
	'role.meta': '{track}, grade {grade}',
	'role.description': 'What {a-role} is expected to show on the {ladder}, competency by competency.',
	// A competency's page.
	'competency.area': 'Area: {area}',
	'competency.levels-caption': '{competency} at every level',
	'competency.roles-caption': 'Roles that expect {competency}, by track and grade',
	'competency.levels': 'At every level',
	'competency.roles': 'Roles that expect it',
	'competency.level': 'Level',
	'competency.looks-like': 'What it looks like',
	'competency.role': 'Role',
	'competency.grade': 'Grade',
	'competency.expected-level': 'Expected level',
	'competency.note': 'For this role',
	'competency.unexpected': 'No role on this ladder expects this competency yet.',
	// The home page and a track's page.
	'home.published-by': 'Published by {organization}',
	'home.tracks': 'Tracks and roles',
	'home.levels': 'How levels work',
	'home.levels-intro': 'Every competency is described at each level of this scale; every role expects a level of some of them.',
	'home.scale-caption': 'The proficiency scale, lowest level first',
	'home.scale-level': 'Level',
	'home.scale-means': 'What it means',
	'home.guides': 'Guides',
	'home.download': 'Download the ladder',
	'home.download-as': ' as a spreadsheet, as data, or as a feed of its releases.',
	'home.download-as-no-feed': ' as a spreadsheet or as data.',
	'home.diagram': 'The ladder: tracks as columns, grades as rows',
	'track.no-roles': 'This track has no roles yet.',
	'track.grade': 'grade {grade}',
	'track.step-grade': 'Grade {grade}',
	'track.changes-from': 'What changes from {role}',
	'track.first-role': 'What this first role on the track expects',
	'track.no-changes': 'No competency expectation changes at this step.',
	'track.note': 'For {role}:',
	'track.diagram': '{track}: its roles by grade, and the roles in other tracks they lead to or come from',
	// The competency matrix.
	'matrix.title': 'Competency matrix',
	'matrix.description': 'Every competency of the {ladder} against every role, with the level each role expects.',
	'matrix.intro': "Every competency against every role. Select a level to read it in its role's page.",
	'matrix.caption': '{name}: expected level of each competency, by role',
	'matrix.track-title': 'Competency matrix: {track}',
	'matrix.track-description': 'Every competency against the roles of the {track} track.',
	'matrix.competency': 'Competency',
	'matrix.grade': 'grade {grade}',
	'matrix.not-expected': 'not expected',
	'matrix.nav': 'Matrix by track',
	'matrix.all-tracks': 'All tracks',
	// The list of competencies, and the page not found.
	'competencies.title': 'Competencies',
	'competencies.description': 'Every competency of the {ladder}, by area.',
	'not-found.title': 'Page not found',
	'not-found.description': 'This page does not exist.',
	'not-found.text': 'There is no page at this address. The role may have been renamed: every role of the ladder is listed below.',
} as const;

export type MessageId = keyof typeof EN;
export type Messages = Readonly<Record<MessageId, string>>;

const FR: Messages = {
	'translation.missing': 'Pas encore traduit',
	'translation.stale': 'L’original a changé depuis cette traduction',
	'translation.stale-since': 'Depuis {release}, l’original dit :',
	'languages.label': 'Langue :',
	'nav.matrix': 'Matrice des compétences',
	'nav.competencies': 'Compétences',
	'nav.compare': 'Comparer des rôles',
	'nav.search': 'Rechercher avec des filtres',
	'nav.changes': 'Ce qui a changé',
	'nav.team': 'Vue d’équipe',
	'nav.downloads': 'Télécharger l’échelle',
	'nav.guides': 'Guides',
	'nav.track-overview': '{track} : vue d’ensemble',
	'level.of': 'niveau {rank} sur {count}',
	'role.overview': 'En bref',
	'role.track': 'Filière',
	'role.tracks': 'Filières',
	'role.grade': 'Échelon',
	'role.hiring': 'Recrutement',
	'role.hiring-link': 'Recruter pour ce rôle',
	'role.hiring-what': ' : l’annonce, le plan d’entretien et la grille d’évaluation',
	'role.about': 'À propos de ce rôle',
	'role.expectations': 'Attentes',
	'role.expectations-intro': 'Ce que l’on attend de façon constante d’un ou d’une {role}, compétence par compétence. Chaque compétence a son lien.',
	'role.summary-caption': 'En bref : le niveau attendu pour chaque compétence',
	'role.competency': 'Compétence',
	'role.expected-level': 'Niveau attendu',
	'role.expected-level-is': 'Niveau attendu :',
	'role.note': 'Pour ce rôle :',
	'role.changes': 'Ce qui a changé',
	'role.skills': 'Compétences techniques et outils',
	'role.paths': 'Parcours',
	'role.leads-to': 'Où ce rôle mène habituellement',
	'role.top-of-path': 'Aucun rôle suivant n’est nommé dans cette échelle : c’est le sommet de ce parcours.',
	'role.comes-from': 'D’où l’on vient habituellement',
	'role.start-of-path': 'Aucun rôle ne le nomme comme étape suivante : c’est là que l’on entre dans ce parcours.',
	'role.comparisons': 'Ce qui change',
	'role.from-to': 'De {from} à {to}',
	'role.every-role-of': 'Voir chaque rôle de la filière',
	'role.track-and-what-adds': 'et ce que chacun ajoute.',
	'role.tracks-and-what-adds': 'et ce que chacun ajoute.',
	'role.meta': '{track}, échelon {grade}',
	'role.description': 'Ce que l’on attend d’un ou d’une {role} dans {ladder}, compétence par compétence.',
	'competency.area': 'Domaine : {area}',
	'competency.levels-caption': '{competency} à chaque niveau',
	'competency.roles-caption': 'Les rôles qui attendent {competency}, par filière et par échelon',
	'competency.levels': 'À chaque niveau',
	'competency.roles': 'Les rôles qui l’attendent',
	'competency.level': 'Niveau',
	'competency.looks-like': 'Ce que cela donne',
	'competency.role': 'Rôle',
	'competency.grade': 'Échelon',
	'competency.expected-level': 'Niveau attendu',
	'competency.note': 'Pour ce rôle',
	'competency.unexpected': 'Aucun rôle de cette échelle n’attend encore cette compétence.',
	'home.published-by': 'Publié par {organization}',
	'home.tracks': 'Filières et rôles',
	'home.levels': 'Les niveaux',
	'home.levels-intro': 'Chaque compétence est décrite à chaque niveau de cette échelle ; chaque rôle attend un niveau de certaines d’entre elles.',
	'home.scale-caption': 'L’échelle de maîtrise, du niveau le plus bas au plus haut',
	'home.scale-level': 'Niveau',
	'home.scale-means': 'Ce que cela veut dire',
	'home.guides': 'Guides',
	'home.download': 'Télécharger l’échelle',
	'home.download-as': ' en tableur, en données ou en flux de ses versions.',
	'home.download-as-no-feed': ' en tableur ou en données.',
	'home.diagram': 'L’échelle : les filières en colonnes, les échelons en lignes',
	'track.no-roles': 'Cette filière n’a pas encore de rôle.',
	'track.grade': 'échelon {grade}',
	'track.step-grade': 'Échelon {grade}',
	'track.changes-from': 'Ce qui change depuis {role}',
	'track.first-role': 'Ce qu’attend ce premier rôle de la filière',
	'track.no-changes': 'Aucune attente ne change à cette étape.',
	'track.note': 'Pour {role} :',
	'track.diagram': '{track} : ses rôles par échelon, et les rôles d’autres filières vers lesquels ils mènent ou d’où ils viennent',
	'matrix.title': 'Matrice des compétences',
	'matrix.description': 'Chaque compétence de {ladder} face à chaque rôle, avec le niveau que chaque rôle attend.',
	'matrix.intro': 'Chaque compétence face à chaque rôle. Choisissez un niveau pour le lire sur la page de son rôle.',
	'matrix.caption': '{name} : niveau attendu de chaque compétence, par rôle',
	'matrix.track-title': 'Matrice des compétences : {track}',
	'matrix.track-description': 'Chaque compétence face aux rôles de la filière {track}.',
	'matrix.competency': 'Compétence',
	'matrix.grade': 'échelon {grade}',
	'matrix.not-expected': 'non attendue',
	'matrix.nav': 'Matrice par filière',
	'matrix.all-tracks': 'Toutes les filières',
	'competencies.title': 'Compétences',
	'competencies.description': 'Toutes les compétences de {ladder}, par domaine.',
	'not-found.title': 'Page introuvable',
	'not-found.description': 'Cette page n’existe pas.',
	'not-found.text': 'Il n’y a pas de page à cette adresse. Le rôle a peut-être été renommé : chaque rôle de l’échelle est listé ci-dessous.',
};

export const MESSAGES: Readonly<Record<string, Messages>> = { en: EN, fr: FR };

export const MESSAGE_IDS = Object.keys(EN) as MessageId[];

/** The words of the site in `language`: the project's own for it (English where it has none), then the ladder's `ui`. */
export function messagesFor(language: string, ui: Readonly<Record<string, string>> = {}): Messages {
	const shipped: Partial<Messages> = MESSAGES[language] ?? MESSAGES[language.split('-')[0]!] ?? {};
	return Object.fromEntries(MESSAGE_IDS.map((id) => [id, ui[id] ?? shipped[id] ?? EN[id]])) as Messages;
}

/** A message with its `{name}` parts filled. */
export function say(messages: Messages, id: MessageId, parts: Readonly<Record<string, string | number>> = {}): string {
	return messages[id].replace(/\{([\w-]+)\}/g, (whole, name: string) => (name in parts ? String(parts[name]) : whole));
}

/** The words a page of the ladder is read in: its translation's, or its own language's. */
export function wordsOf(ladder: { language: string; translation?: { messages: Readonly<Record<string, string>> } | undefined }): Messages {
	return (ladder.translation?.messages as Messages | undefined) ?? messagesFor(ladder.language);
}

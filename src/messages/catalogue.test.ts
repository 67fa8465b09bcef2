import { describe, expect, test } from 'vitest';
import { MESSAGES, MESSAGE_IDS, messagesFor } from './catalogue.ts';
import { say } from './say.ts';

describe('the site’s own words in a language', () => {
	test('every language the project ships says every message', () => {
		for (const [language, messages] of Object.entries(MESSAGES)) expect(Object.keys(messages), language).toEqual(MESSAGE_IDS);
	});

	test('are the shipped language’s, its region’s base language’s, or English; a ladder’s ui comes first', () => {
		expect(messagesFor('fr')['translation.missing']).toBe('Pas encore traduit');
		expect(messagesFor('fr-CA')['translation.missing']).toBe('Pas encore traduit');
		expect(messagesFor('de')['translation.missing']).toBe('Not yet translated');
		expect(messagesFor('de', { 'translation.missing': 'Noch nicht übersetzt' })['translation.missing']).toBe('Noch nicht übersetzt');
		expect(say(messagesFor('fr'), 'translation.stale-since', { release: 'v1' })).toBe('Depuis v1, l’original dit :');
		expect(say(messagesFor('en'), 'level.of', { rank: 2, count: 5 })).toBe('level 2 of 5');
		const role = { 'a-role': 'an Engineer', role: 'Engineer', ladder: 'Ladder' };
		expect(say(messagesFor('en'), 'role.description', role)).toBe('What an Engineer is expected to show on the Ladder, competency by competency.');
		expect(say(messagesFor('fr'), 'role.description', role)).toBe('Ce que l’on attend d’un ou d’une Engineer dans Ladder, compétence par compétence.');
	});

	test('a language names the parts its English names, no others (a title alone for the title with its article)', () => {
		const partsOf = (text: string) => new Set([...text.matchAll(/\{([^}]*)\}/g)].map(([, part]) => part!));
		for (const [language, messages] of Object.entries(MESSAGES)) {
			for (const id of MESSAGE_IDS) {
				const english = partsOf(MESSAGES['en']![id]);
				if (english.has('a-role')) english.add('role');
				for (const part of partsOf(messages[id])) expect(english.has(part), `${language} ${id}: {${part}}`).toBe(true);
			}
		}
	});

	test('every part a message names is one its users fill in: no message is shown with a {part} left in it', () => {
		const parts = new Set(['release', 'track', 'rank', 'count', 'a-role', 'role', 'ladder', 'from', 'to', 'grade', 'area', 'competency', 'organization', 'name', 'count', 'summary', 'level', 'from-track', 'from-grade', 'to-track', 'to-grade', 'per', 'roles', 'first', 'second', 'levels', 'value', 'max', 'reviewer', 'what', 'counts', 'year', 'text', 'problem', 'ratings', 'now', 'ids', 'slot', 'private', 'error', 'file', 'other', 'consistently', 'items', 'column', 'date', 'roles', 'competencies', 'tracks', 'scorecard', 'kit', 'used', 'minutes', 'each', 'plan', 'question', 'note', 'path', 'issue', 'size', 'group', 'file']);
		for (const messages of Object.values(MESSAGES)) {
			for (const [id, text] of Object.entries(messages)) {
				for (const [, part] of text.matchAll(/\{([^}]*)\}/g)) expect(parts.has(part!), `${id}: {${part}}`).toBe(true);
			}
		}
	});
});

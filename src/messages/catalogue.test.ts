import { describe, expect, test } from 'vitest';
import { MESSAGES, MESSAGE_IDS, messagesFor, say } from './catalogue.ts';

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

	test('every part a message names is one its users fill in: no message is shown with a {part} left in it', () => {
		const parts = new Set(['release', 'track', 'rank', 'count', 'a-role', 'role', 'ladder', 'from', 'to', 'grade', 'area', 'competency', 'organization', 'name', 'count', 'summary', 'level', 'from-track', 'from-grade', 'to-track', 'to-grade', 'per', 'roles', 'first', 'second', 'levels', 'value', 'max']);
		for (const messages of Object.values(MESSAGES)) {
			for (const [id, text] of Object.entries(messages)) {
				for (const [, part] of text.matchAll(/\{([^}]*)\}/g)) expect(parts.has(part!), `${id}: {${part}}`).toBe(true);
			}
		}
	});
});

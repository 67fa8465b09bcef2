import { describe, expect, test } from 'vitest';
import { articled } from './articles.ts';

describe('articled', () => {
	test.each([
		['Engineering Manager', 'an Engineering Manager'],
		['Senior Engineer', 'a Senior Engineer'],
		['Open-source Lead', 'an Open-source Lead'],
		['User Researcher', 'a User Researcher'],
		['SRE', 'an SRE'],
		['UX Designer', 'a UX Designer'],
		['ML Engineer', 'an ML Engineer'],
		['Head of Design', 'a Head of Design'],
		['Honorary Fellow', 'an Honorary Fellow'],
	])('%s → %s', (name, expected) => {
		expect(articled(name)).toBe(expected);
	});
});

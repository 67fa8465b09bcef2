import { describe, expect, test } from 'vitest';
import { legacyKey, readKept, siteBase, storageKey, teamStorageKey } from './where-kept.ts';

/** A `Storage` as the browser's, in memory. */
function memoryStorage(): Storage {
	const map = new Map<string, string>();
	return {
		get length() {
			return map.size;
		},
		key: (index: number) => [...map.keys()][index] ?? null,
		getItem: (key: string) => map.get(key) ?? null,
		setItem: (key: string, value: string) => void map.set(key, value),
		removeItem: (key: string) => void map.delete(key),
		clear: () => map.clear(),
	};
}

describe('where an assessment is kept', () => {
	test('the key carries the site’s base path: two ladders of one name on one origin keep apart', () => {
		const a = siteBase('/a/assessment-data.json', 'https://org.github.io/a/roles/x/');
		const b = siteBase('/b/assessment-data.json', 'https://org.github.io/b/roles/x/');
		expect([a, b, siteBase('/assessment-data.json', 'https://ladder.example/roles/x/')]).toEqual(['/a/', '/b/', '/']);
		expect(storageKey(a, 'Ladder', 'x')).not.toBe(storageKey(b, 'Ladder', 'x'));
		expect(teamStorageKey(a, 'Ladder')).not.toBe(teamStorageKey(b, 'Ladder'));
		// A name holding the separator cannot make two keys one.
		expect(storageKey('/', 'a:b', 'c')).not.toBe(storageKey('/', 'a', 'b:c'));
	});

	test('a translation of the site, under /<tag>/, keeps its assessments where the original does', () => {
		expect(siteBase('/fr/assessment-data.json', 'https://ladder.example/fr/roles/x/', 'fr')).toBe('/');
		expect(siteBase('/a/fr/assessment-data.json', 'https://org.github.io/a/fr/roles/x/', 'fr')).toBe('/a/');
		// Only its own tag is taken off: a site published under /fr/ is not a translation.
		expect(siteBase('/fr/assessment-data.json', 'https://ladder.example/fr/roles/x/')).toBe('/fr/');
	});

	test('an assessment kept by the version before is moved to the new key when first read', () => {
		const storage = memoryStorage();
		storage.setItem(legacyKey.assessment('Ladder', 'x'), '{"kept":1}');
		const key = storageKey('/a/', 'Ladder', 'x');

		expect(readKept(storage, key, legacyKey.assessment('Ladder', 'x'))).toBe('{"kept":1}');
		expect(storage.getItem(key)).toBe('{"kept":1}');
		expect(storage.getItem(legacyKey.assessment('Ladder', 'x'))).toBeNull();
		expect(readKept(storage, storageKey('/b/', 'Ladder', 'x'), legacyKey.assessment('Ladder', 'x'))).toBeNull();
	});

	test('is still read from the old key when the browser has no room to move it', () => {
		const storage = memoryStorage();
		storage.setItem(legacyKey.team('Ladder'), '[]');
		const full = { ...storage, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } } as Storage;
		expect(readKept(full, teamStorageKey('/', 'Ladder'), legacyKey.team('Ladder'))).toBe('[]');
		expect(storage.getItem(legacyKey.team('Ladder'))).toBe('[]');
	});
});

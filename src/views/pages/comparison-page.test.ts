import { describe, expect, test } from 'vitest';
import { stepsLadder } from '../../../tests/support/small-ladders.ts';
import { compareRoles } from './comparison-page.ts';
import { descriptorText } from '../../../tests/support/descriptor-text.ts';

const ladder = stepsLadder;

describe('compareRoles', () => {
	test('puts the changes first, with both levels and descriptors, then the unchanged rows', () => {
		const comparison = compareRoles(ladder, 'junior', 'senior');

		expect(comparison.changes.map((c) => [c.competency.id, c.kind, descriptorText(c.fromDescriptor) || undefined, descriptorText(c.toDescriptor) || undefined])).toEqual([
			['building', 'raised', 'building at good.', 'building at great.'],
			['teaching', 'added', undefined, 'teaching at basic.'],
		]);
		expect(comparison.unchanged.map((c) => c.competency.id)).toEqual(['testing']);
	});

	test('reports the facts and skills that change', () => {
		const comparison = compareRoles(ladder, 'junior', 'senior');

		expect(comparison.facts).toEqual([{ field: 'scope', from: undefined, to: 'A service.' }]);
		expect(comparison.skills).toEqual({ gained: ['Kubernetes'], dropped: ['Make'] });
	});

	test('compares across tracks', () => {
		const comparison = compareRoles(ladder, 'senior', 'boss');

		expect(comparison.to.track.id).toBe('lead');
		expect(comparison.changes.map((c) => `${c.competency.id}:${c.kind}`)).toEqual([
			'building:removed',
			'testing:removed',
			'teaching:raised',
		]);
	});
});

/**
 * Where a reader stands on a role: per area, how many items they rated each way, and a score per
 * area for the profile chart, drawn beside the role's own. Counts, not a percentage: the page
 * frames this as material for a conversation, not a checklist to complete.
 */
import { own, roleOf, type AssessmentData, type Item } from './items.ts';
import type { Rating, RatingValue } from './document.ts';

/** How far each rating goes towards meeting an item; "not applicable" leaves the item out. */
const MET: Record<Exclude<RatingValue, 'not-applicable'>, number> = { 'not-yet': 0, sometimes: 0.5, consistently: 1 };

export interface AreaStanding {
	areaId: string;
	name: string;
	items: number;
	counts: Record<RatingValue | 'unrated', number>;
	/** The role's expected level on the scale (1 = lowest), averaged over its competencies. */
	expected: number;
	/** The same, each competency scaled by how far its rated items are met. */
	yours: number;
}

export function standing(data: AssessmentData, roleId: string, items: readonly Item[], ratings: Readonly<Record<string, Rating>>): AreaStanding[] {
	const expects = roleOf(data, roleId)?.expects ?? {};
	return data.areas.flatMap(({ id, name }) => {
		const inArea = items.filter((item) => item.areaId === id);
		if (inArea.length === 0) return [];
		const counts = { 'not-yet': 0, sometimes: 0, consistently: 0, 'not-applicable': 0, unrated: 0 };
		for (const item of inArea) counts[own(ratings, item.key)?.rating ?? 'unrated']++;
		const competencies = Map.groupBy(inArea, (item) => item.competencyId);
		let expected = 0;
		let yours = 0;
		for (const [competencyId, competencyItems] of competencies) {
			const rank = data.scale.indexOf(own(expects, competencyId) ?? '') + 1;
			const scored = competencyItems.flatMap((item) => {
				const rating = own(ratings, item.key)?.rating;
				return rating === 'not-applicable' ? [] : [rating ? MET[rating] : 0];
			});
			expected += rank;
			yours += scored.length === 0 ? rank : (rank * scored.reduce((a, b) => a + b, 0)) / scored.length;
		}
		return [{ areaId: id, name, items: inArea.length, counts, expected: expected / competencies.size, yours: yours / competencies.size }];
	});
}

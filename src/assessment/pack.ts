/**
 * The promotion pack: an assessment as a Markdown document to bring to a conversation or attach
 * to a promotion case. Every item with its rating and evidence, area by area, then the gap to the
 * target role.
 */
import { RATING_LABELS, type Assessment, type Rating } from './document.ts';
import type { AssessmentData, Item } from './items.ts';

export function promotionPack(data: AssessmentData, assessment: Assessment, items: readonly Item[], gap: readonly Item[]): string {
	const role = data.roles[assessment.role]?.title ?? assessment.role;
	const target = assessment.target ? data.roles[assessment.target]?.title : undefined;
	const lines = [
		`# ${assessment.name ? `${assessment.name}, ` : ''}${role}: self-assessment`,
		'',
		...(assessment.release ? [`Rated against ${assessment.release === 'unreleased' ? 'the unreleased ladder' : `release ${assessment.release}`}.`, ''] : []),
		`${data.ladder}, ${assessment.updated.slice(0, 10)}. Material for a conversation, not a score: meeting every item is not how promotion works.`,
		...section(data, 'What the role expects', items, assessment),
	];
	if (target) lines.push(...section(data, `Beyond this role: what ${target} expects`, gap, assessment));
	return `${lines.join('\n')}\n`;
}

function section(data: AssessmentData, title: string, items: readonly Item[], assessment: Assessment): string[] {
	const lines = ['', `## ${title}`];
	for (const [areaId, inArea] of Map.groupBy(items, (item) => item.areaId)) {
		lines.push('', `### ${data.areas.find((area) => area.id === areaId)?.name ?? areaId}`);
		// By competency and level: the target's items of a competency sit apart from this role's.
		for (const [, ofCompetency] of Map.groupBy(inArea, (item) => item.key.split('/').slice(0, 2).join('/'))) {
			const { competency, level, note } = ofCompetency[0]!;
			lines.push('', `#### ${competency} (${level})`, '');
			if (note) lines.push(`For ${note.role}: ${note.text}`, '');
			for (const item of ofCompetency) lines.push(...itemLines(item, assessment.ratings[item.key], assessment.reviewer));
		}
	}
	return lines;
}

function itemLines(item: Item, rating: Rating | undefined, reviewer: Assessment['reviewer']): string[] {
	const review = reviewer?.ratings[item.key];
	const lines = [`- ${item.text}`, `  - Rating: **${rating ? RATING_LABELS[rating.rating] : 'not rated'}**`];
	if (rating?.evidence) lines.push(`  - Evidence: ${rating.evidence.replaceAll('\n', ' ')}`);
	if (review) {
		lines.push(`  - ${reviewer!.name}: **${RATING_LABELS[review.rating]}**`);
		if (review.evidence) lines.push(`  - ${reviewer!.name}'s note: ${review.evidence.replaceAll('\n', ' ')}`);
	}
	return lines;
}

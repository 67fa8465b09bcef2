/**
 * Writes a synthetic ladder to a folder: reproducible (seeded), in the real content format, with
 * prose of realistic length. Benchmarks build it like any organisation's ladder.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

export interface LadderSize {
	roles: number;
	competencies: number;
	tracks: number;
	levels: number;
	seed?: number;
	/**
	 * Levels as lists of 4 to 8 criteria (some with examples, some with written ids), as real
	 * frameworks write them, and every fourth competency starting at the third level.
	 */
	criteria?: boolean;
	/**
	 * Criteria as real frameworks write them at their longest: 5 to 8 per level, each of two or three
	 * sentences, and a role note on a third of the expectations (with `criteria`).
	 */
	long?: boolean;
	/**
	 * The words the prose is made of; a short list of ladder words unless given. The build benchmark
	 * gives a real ladder's (`realVocabulary`), whose thousand-odd words make a search index and
	 * pages of a real size, where fifty words repeated make both smaller than any real ladder's.
	 */
	vocabulary?: readonly string[];
	/** Groups of tracks, as a profession's role families: the tracks shared out among them in order. */
	groups?: number;
}

const WORDS = (
	'system design delivery mentoring quality review architecture platform data service customer ' +
	'reliability security performance planning roadmap strategy stakeholder communication coaching ' +
	'hiring incident operations testing automation pipeline cloud infrastructure product feature ' +
	'team organisation growth feedback standards practice scale ownership impact influence budget ' +
	'risk forecast metrics process improvement documentation research analysis decision alignment'
).split(' ');

/**
 * Every word of a real ladder's text, as often as it is written there (so common words stay
 * common): the data files and role bodies under `dir`, markup and ids aside. By default the
 * example ladder's, as shipped (the copy under tests/, whatever `content/` holds).
 */
export function realVocabulary(dir = 'tests/fixtures/example-ladder'): string[] {
	const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(ya?ml|mdx?)$/.test(name));
	// A YAML key is not prose.
	const text = files.map((name) => readFileSync(join(dir, name), 'utf8').replace(/^[ \t-]*[\w-]+:/gm, '')).join('\n');
	return (text.match(/\b[a-z][a-z’']{1,}\b/g) ?? []).filter((word) => !/[’']$/.test(word));
}

export function generateLadder(dir: string, size: LadderSize): void {
	const random = mulberry32(size.seed ?? 42);
	const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
	const vocabulary = size.vocabulary ?? WORDS;
	const sentence = (words: number) => {
		const text = Array.from({ length: words }, () => pick(vocabulary)).join(' ');
		return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
	};
	const paragraph = (sentences: number) => Array.from({ length: sentences }, () => sentence(8 + Math.floor(random() * 10))).join(' ');

	const levels = Array.from({ length: size.levels }, (_, i) => ({ id: `level-${i + 1}`, label: `Level ${i + 1}`, description: sentence(12) }));
	const groupCount = size.groups ?? 0;
	const groups = Array.from({ length: groupCount }, (_, i) => ({ id: `group-${i + 1}`, name: `Family ${i + 1}`, description: sentence(14) }));
	const perGroup = Math.ceil(size.tracks / Math.max(1, groupCount));
	const tracks = Array.from({ length: size.tracks }, (_, i) => ({
		id: `track-${i + 1}`,
		name: `Track ${i + 1}`,
		description: sentence(16),
		...(groupCount > 0 ? { group: `group-${Math.floor(i / perGroup) + 1}` } : {}),
	}));
	mkdirSync(join(dir, 'competencies'), { recursive: true });
	mkdirSync(join(dir, 'roles'), { recursive: true });
	// The longest texts real frameworks write have the longest names too (a government's digital profession's).
	const name = size.long ? 'Synthetic Digital and Data Profession Capability Framework' : 'Synthetic ladder';
	writeFileSync(join(dir, 'ladder.yaml'), stringify({ name, description: sentence(20), levels, ...(groupCount > 0 ? { groups } : {}), tracks }));

	const areaCount = Math.max(1, Math.round(size.competencies / 6));
	const competencyIds = Array.from({ length: size.competencies }, (_, i) => `competency-${i + 1}`);
	// The first level a competency describes: with criteria lists, a quarter start at the third.
	const firstLevel = (id: string) => (size.criteria && Number(id.split('-')[1]) % 4 === 0 ? Math.min(2, levels.length - 1) : 0);
	const criteria = (id: string, levelId: string) =>
		Array.from({ length: (size.long ? 5 : 4) + Math.floor(random() * (size.long ? 4 : 5)) }, (_, k) => {
			const text = size.long ? paragraph(2 + Math.floor(random() * 2)) : sentence(10 + Math.floor(random() * 8));
			const examples = random() < 0.25 ? Array.from({ length: 1 + Math.floor(random() * 2) }, () => sentence(16)) : [];
			const written = random() < 0.1 ? { id: `${id}-${levelId}-c${k + 1}` } : {};
			return examples.length > 0 || 'id' in written ? { text, ...written, ...(examples.length > 0 ? { examples } : {}) } : text;
		});
	for (let area = 0; area < areaCount; area++) {
		const ids = competencyIds.filter((_, i) => i % areaCount === area);
		const competencies = ids.map((id) => ({
			id,
			name: `${pick(WORDS)} ${pick(WORDS)} ${id.split('-')[1]}`.replace(/^./, (c) => c.toUpperCase()),
			description: sentence(18),
			levels: Object.fromEntries(
				levels.slice(firstLevel(id)).map((level) => [level.id, size.criteria ? criteria(id, level.id) : sentence(14)]),
			),
		}));
		writeFileSync(join(dir, 'competencies', `area-${area + 1}.yaml`), stringify({ name: `Area ${area + 1}`, order: area + 1, description: sentence(12), competencies }));
	}

	const perTrack = Math.ceil(size.roles / size.tracks);
	for (let i = 0; i < size.roles; i++) {
		const track = tracks[i % size.tracks]!;
		const rung = Math.floor(i / size.tracks);
		const grade = 1 + Math.floor((rung * 10) / perTrack);
		const nextId = i + size.tracks < size.roles ? [`role-${i + size.tracks + 1}`] : [];
		const levelIndex = Math.min(levels.length - 1, Math.floor((rung / perTrack) * levels.length));
		const expectations = Object.fromEntries(
			competencyIds
				// A topic that starts at a later level is not expected below it.
				.filter((id) => random() < 0.7 && levelIndex >= firstLevel(id))
				.map((id) => {
					const level = levels[levelIndex]!.id;
					const noted = random() < (size.long ? 0.35 : 0.2);
					return [id, noted ? { level, note: size.long ? paragraph(2) : sentence(14) } : level];
				}),
		);
		const frontmatter = {
			title: `Role ${i + 1} ${pick(WORDS)}`,
			track: track.id,
			grade,
			summary: sentence(24),
			scope: sentence(12),
			experience: sentence(12),
			next: nextId,
			skills: { Tools: [pick(WORDS), pick(WORDS), pick(WORDS)], Practices: [pick(WORDS), pick(WORDS)] },
			expectations,
		};
		const body = ['## Responsibilities', paragraph(6), '## What good looks like', paragraph(8), paragraph(6)].join('\n\n');
		writeFileSync(join(dir, 'roles', `role-${i + 1}.mdx`), `---\n${stringify(frontmatter)}---\n\n${body}\n`);
	}
}

/** A small, fast seeded generator: the same seed writes the same ladder. */
function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

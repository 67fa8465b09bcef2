/**
 * A level's descriptor in one spreadsheet cell. A single descriptor is its text; a list of criteria
 * is one criterion per line, each starting `- ` (or `* `), its examples on the lines beneath,
 * indented, starting `- `, and a written id at the end of its text as ` {#id}`:
 *
 *     - Helps new joiners get productive in their first month.
 *     - Runs the team's onboarding. {#runs-onboarding}
 *       - Rewrote the onboarding guide after three new joiners got stuck.
 *
 * Text that would read as a list (a single descriptor starting `- `, a criterion's second line
 * starting `- `) gets one more leading backslash, which reading takes away: every cell reads back
 * as it was written.
 */
import type { LevelDescriptorData } from '../schemas/competency-area.ts';
import type { LevelDescriptor } from '../model/ladder/types.ts';

const ITEM = /^[-*] /;
const EXAMPLE = /^[ \t]+[-*] /;
const ESCAPED = /^\\*[-*] /;
const WRITTEN_ID = /\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}$/;

export function writeLevelCell(level: LevelDescriptor): string {
	if (!level.isList) return escapeLines(level.criteria[0]?.text ?? '', '');
	return level.criteria
		.map((criterion) => {
			const text = `- ${escapeLines(criterion.text, '  ').trimStart()}${criterion.idWritten ? ` {#${criterion.id}}` : ''}`;
			const examples = criterion.examples.map((example) => `  - ${escapeLines(example, '    ').trimStart()}`);
			return [text, ...examples].join('\n');
		})
		.join('\n');
}

/** The cell as content writes it: a string, or a list of criteria; undefined for an empty cell. */
export function readLevelCell(cell: string): LevelDescriptorData | undefined {
	const text = cell.trim();
	if (!text) return undefined;
	if (!ITEM.test(text)) return text.split(/\r?\n/).map(unescape).join('\n');
	const items: { text: string; examples: string[] }[] = [];
	for (const line of text.split(/\r?\n/)) {
		const current = items.at(-1);
		if (ITEM.test(line)) items.push({ text: unescape(line.slice(2).trim()), examples: [] });
		else if (EXAMPLE.test(line) && current) current.examples.push(unescape(line.trim().slice(2).trim()));
		else if (line.trim() && current) {
			// A line that starts neither a criterion nor an example goes on with the last one.
			const more = unescape(line.trim());
			if (current.examples.length > 0) current.examples.push(`${current.examples.pop()}\n${more}`);
			else current.text = `${current.text}\n${more}`;
		}
	}
	return items.map(({ text, examples }) => {
		const id = WRITTEN_ID.exec(text)?.[1];
		const bare = id ? text.replace(WRITTEN_ID, '') : text;
		return id || examples.length > 0 ? { text: bare, ...(id ? { id } : {}), ...(examples.length > 0 ? { examples } : {}) } : bare;
	});
}

/** Each line that would read as a list item gets a backslash; later lines are indented by `indent`. */
function escapeLines(text: string, indent: string): string {
	return text
		.split('\n')
		.map((line, index) => `${index === 0 ? '' : indent}${ESCAPED.test(line) ? `\\${line}` : line}`)
		.join('\n');
}

function unescape(line: string): string {
	return ESCAPED.test(line) && line.startsWith('\\') ? line.slice(1) : line;
}

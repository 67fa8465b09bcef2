/**
 * `ladder import <language.xlsx>`: a language's workbook (`export --format xlsx --language <tag>`)
 * back into `translations/<tag>.yaml`, all or nothing (`content-copy.ts`), the rest of the file as
 * written. A row's translation is set where it differs (an entry written `{ text, from }` keeps its
 * form), an emptied one is removed, and a row's `from` other than the file's `translatedFrom`
 * records that this field was translated from that release. Nothing else of `content/` changes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ladderToJson } from '../io/ladder-json.ts';
import { parseTranslationWorkbook } from '../io/translation-workbook.ts';
import { loadLadder } from '../model/files/load.ts';
import { LadderError, problems as ladderProblems, WHOLE_FILE, type Problem } from '../model/files/problems.ts';
import { fieldKey, originalFields } from '../translations/fields.ts';
import { checkedTranslations, TRANSLATIONS_FOLDER } from '../translations/read.ts';
import { asCell } from '../io/translation-workbook.ts';
import { changeInCopy, emptySummary, type ImportOptions, type ImportSummary } from './content-copy.ts';
import { readYamlData, writeYamlData } from './write-files.ts';

export async function importTranslationWorkbook(dir: string, workbookFile: string, options: ImportOptions): Promise<ImportSummary> {
	if (!existsSync(workbookFile)) throw new LadderError([{ file: workbookFile, field: WHOLE_FILE, message: ladderProblems.missingFile() }]);
	options.progress(`Reading ${workbookFile}`);
	const { tag, rows, problems } = await parseTranslationWorkbook(readFileSync(workbookFile), workbookFile);
	if (!tag || !rows || problems.length > 0) throw new LadderError(problems);
	const { ladder, guides } = loadLadder(dir);
	if (!ladder.translations.includes(tag)) {
		throw new LadderError([{ file: workbookFile, field: `sheet Translation ${tag}`, message: `is a translation into "${tag}", which ladder.yaml's translations does not list: add ${tag} to translations first` }]);
	}
	const fields = new Map(originalFields(ladderToJson(ladder)).map((field) => [fieldKey(field.path), field]));
	// An orphan's row (its original is gone) is the file's to keep or remove, not the import's to
	// write: as exported, it is passed over; changed, it is refused.
	const orphans = new Map(
		(checkedTranslations(dir, ladder, guides).translations.find((each) => each.tag === tag)?.fields ?? [])
			.filter((field) => field.state === 'orphaned')
			.map((field) => [field.key, asCell(field.translation)]),
	);
	const found: Problem[] = [];
	for (const [key, row] of rows) {
		if (!fields.has(key) && row.translation !== '' && row.translation !== orphans.get(key)) {
			found.push({ file: workbookFile, field: `sheet Translation ${tag}, row ${row.row}`, message: `"${key}" is not a field of the ladder (its original is gone, or the key was changed): leave its translation empty, or remove the row` });
		}
	}
	if (found.length > 0) throw new LadderError(found);
	options.progress(`Read ${rows.size} fields in ${tag}`);
	return changeInCopy(dir, options, (copy) => {
		const summary = emptySummary();
		const name = join(TRANSLATIONS_FOLDER, `${tag}.yaml`);
		const data = readYamlData(join(copy, name)) ?? {};
		const translatedFrom = typeof data['translatedFrom'] === 'string' ? data['translatedFrom'] : undefined;
		for (const [key, row] of rows) {
			const field = fields.get(key);
			if (!field) continue;
			const text = Array.isArray(field.text) ? row.translation.split('\n').map((line) => line.replace(/^- /, '').trim()).filter(Boolean) : row.translation;
			const from = row.from || translatedFrom;
			const value = text.length === 0 ? undefined : from && from !== translatedFrom ? { text, from } : text;
			setAt(data, [...field.path], value, translatedFrom);
		}
		if (translatedFrom === undefined) {
			const first = [...rows.values()].find((row) => row.from)?.from;
			if (first) data['translatedFrom'] = first;
		}
		const changed = writeYamlData(join(copy, name), data);
		if (changed.length > 0) summary.changes.set(name, changed);
		return summary;
	});
}

/**
 * Sets (or, with `undefined`, removes) the value at `path`, removing the maps it leaves empty. An
 * entry that says the same words from the same release stays as it is written, in either form.
 */
function setAt(data: Record<string, unknown>, path: readonly string[], value: unknown, translatedFrom: string | undefined): void {
	const [key, ...rest] = path;
	if (key === undefined) return;
	if (rest.length === 0) {
		if (value === undefined) delete data[key];
		else if (JSON.stringify(meaning(data[key], translatedFrom)) !== JSON.stringify(meaning(value, translatedFrom))) data[key] = value;
		return;
	}
	const child = data[key];
	const node = child !== null && typeof child === 'object' && !Array.isArray(child) ? (child as Record<string, unknown>) : {};
	setAt(node, rest, value, translatedFrom);
	if (Object.keys(node).length > 0) data[key] = node;
	else delete data[key];
}

/** An entry as its words and release, whichever form it is written in. */
function meaning(entry: unknown, translatedFrom: string | undefined): { text: unknown; from: unknown } {
	if (entry !== null && typeof entry === 'object' && !Array.isArray(entry) && 'text' in entry) {
		const { text, from } = entry as { text: unknown; from?: unknown };
		return { text, from: from ?? translatedFrom };
	}
	return { text: entry, from: translatedFrom };
}

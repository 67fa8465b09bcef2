/**
 * `ladder translations [<tag>]`: where each translation stands, field by field (current, stale with
 * the original's change since, missing, orphaned), for translators and for CI (`--strict`);
 * `--template` writes the fields still to translate, each with its original beside it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Document, isPair, isScalar, visit } from 'yaml';
import { currentRelease } from '../history/releases.ts';
import { wordChanges, type WordChange } from '../history/word-changes.ts';
import { ladderToJson } from '../io/ladder-json.ts';
import { loadLadder } from '../model/files/load.ts';
import { LadderError } from '../model/files/problems.ts';
import { canonicalTag } from '../schemas/language-tag.ts';
import { asText, fieldKey, originalFields, type FieldText } from '../translations/fields.ts';
import { checkedTranslations, TRANSLATIONS_FOLDER, type PageStatus, type Translation } from '../translations/read.ts';
import { countStates, type FieldStatus } from '../translations/status.ts';
import { exportTarget } from './export-target.ts';
import { asCell, translationToWorkbook } from '../io/translation-workbook.ts';

export interface TranslationsOptions {
	tag?: string | undefined;
	format?: string | undefined;
	strict?: boolean | undefined;
	template?: boolean | undefined;
	out?: string | undefined;
}

/** The ladder and its releases and translations, checked; a problem is thrown. */
function checkedLadder(dir: string) {
	const { ladder, guides } = loadLadder(dir);
	const read = checkedTranslations(dir, ladder, guides);
	if (read.problems.length > 0) throw new LadderError(read.problems);
	return { ladder, ...read };
}

export function translations(dir: string, options: TranslationsOptions): number {
	const { ladder, releases, ...read } = checkedLadder(dir);
	if (options.template) {
		if (!options.tag) throw new Error('usage: ladder translations <tag> --template [--out <file>]');
		const tag = options.tag;
		if (canonicalTag(tag) !== tag) throw new Error(`"${tag}" is not a language tag in its canonical form${canonicalTag(tag) ? ` (write ${canonicalTag(tag)})` : ': write a BCP 47 tag such as fr, de-CH or pt-BR'}`);
		if (tag === ladder.language) throw new Error(`"${tag}" is the ladder's own language: a template is for a language it is translated into`);
		const latest = releases.at(-1);
		if (!latest) throw new Error('a translation records the release it was made from, and the ladder has none yet: make one with npm run ladder -- release <name>, then run this again');
		const now = ladderToJson(ladder);
		if (!currentRelease(now, releases)) {
			console.error(`… the ladder changed since its latest release, ${latest.name}: a field translated from its words now will show as changed since. Make a release first (npm run ladder -- release <name>) to translate from it.`);
		}
		const existing = read.translations.find((translation) => translation.tag === tag);
		const missing = existing ? existing.fields.filter((field) => field.state === 'missing') : originalFields(now).map(({ path, text }) => ({ path, original: text }));
		const text = template(tag, ladder.name, latest.name, existing?.data.translatedFrom, missing);
		if (!options.out) {
			process.stdout.write(text);
			return 0;
		}
		writeTemplate(dir, tag, options.out, text);
		const list = ladder.translations.includes(tag) ? '' : `; add ${tag} to translations in ladder.yaml`;
		console.error(`… wrote ${options.out}: ${missing.length} field${missing.length === 1 ? '' : 's'} to translate${list}`);
		return 0;
	}
	const wanted = options.tag ? read.translations.filter((translation) => translation.tag === options.tag) : read.translations;
	if (options.tag && wanted.length === 0) {
		const known = ladder.translations;
		throw new Error(`"${options.tag}" is not a language the ladder is translated into${known.length > 0 ? `; it is translated into: ${known.join(', ')}` : ': ladder.yaml lists none under translations'}`);
	}
	if (options.format === 'json') process.stdout.write(`${JSON.stringify({ language: ladder.language, translations: wanted.map(asJson) }, null, 2)}\n`);
	else if (options.format === undefined || options.format === 'text') {
		if (wanted.length === 0) console.log(`The ladder is not translated: list languages under translations in ladder.yaml (docs/how-to/translate.md).`);
		for (const translation of wanted) console.log(report(translation).join('\n'));
	} else throw new Error(`unknown --format "${options.format}": use text or json`);
	const behind = wanted.some(
		(translation) => translation.fields.some((field) => field.state !== 'current') || translation.pages.some((page) => page.state !== 'translated'),
	);
	return options.strict && behind ? 1 : 0;
}

/**
 * One language as a workbook: every field of the ladder with its original, its translation, its
 * state and release, the original then for a stale one, and the orphans last. A missing field's
 * release is the latest: what a translator filling it reads.
 */
export function translationWorkbook(dir: string, tag: string): Promise<Uint8Array<ArrayBuffer>> {
	const { ladder, releases, translations: translated } = checkedLadder(dir);
	const translation = translated.find((each) => each.tag === tag);
	if (!translation) throw new Error(`"${tag}" is not a language the ladder is translated into${ladder.translations.length > 0 ? `; it is translated into: ${ladder.translations.join(', ')}` : ': ladder.yaml lists none under translations'}`);
	const latest = releases.at(-1)?.name ?? '';
	return translationToWorkbook(
		tag,
		translation.fields.map((field) => ({
			field: field.key,
			original: asCell(field.original),
			translation: asCell(field.translation),
			state: field.state,
			from: field.from ?? (field.state === 'missing' ? latest : ''),
			'original then': asCell(field.then),
		})),
	);
}

/** A language's report: its counts, then each field that is not current, with what to do. */
function report({ tag, file, data, fields, pages }: Translation): string[] {
	const counts = countStates(fields);
	const pageCounts = countPages(pages);
	const lines = [
		`${tag} (${file}, translated from ${data.translatedFrom}): ${counts.current} current, ${counts.stale} stale, ${counts.missing} missing, ${counts.orphaned} orphaned, of ${fields.length - counts.orphaned} fields; ` +
			`role bodies and guides: ${pageCounts.translated} translated, ${pageCounts.missing} missing, ${pageCounts.orphaned} orphaned`,
	];
	for (const field of fields.filter((f) => f.state === 'stale')) {
		lines.push(`  stale: ${field.key} (translated from ${field.from}); the original since:`, `    ${diffText(field)}`);
	}
	for (const field of fields.filter((f) => f.state === 'missing')) lines.push(`  missing: ${field.key}`);
	for (const field of fields.filter((f) => f.state === 'orphaned')) lines.push(`  orphaned: ${field.key}: its original is gone; the site never shows it`);
	for (const page of pages.filter((p) => p.state !== 'translated')) lines.push(`  ${page.state}: the ${page.kind} ${page.id}${page.file ? ` (${page.file})` : ''}`);
	if (uiMessages(data) > 0) lines.push(`  ui: ${uiMessages(data)} of the site's own words given for this language`);
	return lines;
}

const uiMessages = (data: Translation['data']) => Object.keys(data.ui ?? {}).length;

function countPages(pages: readonly PageStatus[]) {
	const counts = { translated: 0, missing: 0, orphaned: 0 };
	for (const page of pages) counts[page.state]++;
	return counts;
}

/** The original's change since the translation, as `[-removed-]{+added+}` (wdiff's marks). */
function diffText(field: FieldStatus): string {
	return changes(field)
		.map((part) => (part.kind === 'same' ? part.text : part.kind === 'added' ? `{+${part.text}+}` : `[-${part.text}-]`))
		.join('');
}

/** The original's change since the release it was translated from; all added when it is newer than that release. */
function changes(field: FieldStatus): WordChange[] {
	return wordChanges(field.then === undefined ? '' : asText(field.then), asText(field.original ?? ''));
}

function asJson({ tag, file, data, fields, pages }: Translation) {
	return {
		tag,
		file,
		translatedFrom: data.translatedFrom,
		counts: countStates(fields),
		fields: fields.map((field) => ({ ...field, path: undefined, ...(field.state === 'stale' ? { changes: changes(field) } : {}) })),
		pages,
		ui: Object.keys(data.ui ?? {}),
	};
}

/**
 * The fields to translate as a translation file: each empty, its original in a comment above it.
 * A field read from a later release than the file's own `translatedFrom` says so with `from`.
 */
function template(tag: string, name: string, release: string, fileRelease: string | undefined, missing: readonly { path: readonly string[]; original?: FieldText | undefined }[]): string {
	const laterRelease = fileRelease !== undefined && fileRelease !== release;
	const tree: Record<string, unknown> = { translatedFrom: fileRelease ?? release };
	const originals = new Map<string, FieldText>();
	for (const { path, original } of missing) {
		let node = tree;
		for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
		node[path.at(-1)!] = laterRelease ? { text: null, from: release } : null;
		originals.set(fieldKey(path), original ?? '');
	}
	const document = new Document(tree);
	document.commentBefore = [
		` The translation of "${name}" into ${tag}: ${missing.length} field${missing.length === 1 ? '' : 's'} to translate, from release ${release}.`,
		' Write each translation after its colon; the original is in the comment above it.',
		' A field left empty is an error: remove the lines of those you leave for later.',
	].join('\n');
	visit(document, {
		Pair(_, pair, path) {
			if (!isScalar(pair.key)) return;
			const keys = path.filter(isPair).map((ancestor) => String(isScalar(ancestor.key) ? ancestor.key.value : ''));
			const key = fieldKey([...keys, String(pair.key.value)]);
			const original = originals.get(key);
			if (original !== undefined) pair.key.commentBefore = commentOf(original);
		},
	});
	return document.toString({ lineWidth: 0, nullStr: '' });
}

/** An original as comment lines: a list's items each on a line of its own. */
function commentOf(original: FieldText): string {
	const lines = typeof original === 'string' ? original.split('\n') : original.map((item) => `- ${item}`);
	return lines.map((line) => ` ${line}`).join('\n');
}

/**
 * Writes a template to `out`, never over a file: outside the ladder's folder, or as the language's
 * own file in it when it has none yet.
 */
function writeTemplate(dir: string, tag: string, out: string, text: string): void {
	const own = join(dir, TRANSLATIONS_FOLDER, `${tag}.yaml`);
	const target = resolve(out) === resolve(own) ? resolve(own) : exportTarget(out, dir);
	if (target === resolve(own)) mkdirSync(dirname(target), { recursive: true });
	try {
		writeFileSync(target, text, { flag: 'wx' });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new Error(`--out ${out} exists already: write the template to a new file, and copy its fields into the translation`);
		throw error;
	}
}

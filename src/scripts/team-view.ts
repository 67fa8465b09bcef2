/**
 * <team-view>: the team view's island, on `/team/` only. Reads assessment files and share links in
 * the browser, one by one (a broken one is refused and the others still load), and shows a row per
 * person; the rows and their exports come from `assessment/team.ts`.
 */
import { readAssessment, type Assessment } from '../assessment/document.ts';
import type { AssessmentData } from '../assessment/items.ts';
import type { AssessmentWords } from '../messages/catalogue.ts';
import { decodeAssessment, encodeAssessment } from '../assessment/share-link.ts';
import { cellText, countsText, teamCsv, teamGrid, teamRow, type GridBy, type GridCell, type GridColumn, type TeamRow } from '../assessment/team.ts';
import { FRAGMENT_KEY, legacyKey, readKept, siteBase, teamStorageKey } from '../assessment/where-kept.ts';
import { say, sayCount } from '../messages/say.ts';
import { element } from './dom.ts';
import { download } from './download.ts';

class TeamView extends HTMLElement {
	#data: AssessmentData | undefined;
	#rows: TeamRow[] = [];

	async connectedCallback() {
		const status = this.querySelector<HTMLElement>('.team-status')!;
		try {
			const response = await fetch(this.dataset['data'] ?? '/assessment-data.json');
			if (!response.ok) throw new Error(String(response.status));
			this.#data = (await response.json()) as AssessmentData;
		} catch {
			// The words come with the data: these are the page's, for when it did not.
			status.textContent = this.dataset['unloaded'] ?? '';
			return;
		}
		this.querySelector('.team-needs-script')?.remove();
		this.querySelector<HTMLElement>('.team-controls')!.hidden = false;
		const keep = this.querySelector<HTMLInputElement>('#team-keep')!;
		const here = this.#data.words['team.kept-here'];
		const kept = readKept(localStorage, this.#storageKey, legacyKey.team(this.dataset['ladder'] ?? ''));
		if (kept) {
			keep.checked = true;
			// Read as a file would be: what a browser kept may be from an older version of the site.
			for (const stored of safeList(kept)) {
				const read = readAssessment(JSON.stringify(stored), this.#data.words);
				if ('problem' in read) this.#refuse(here, read.problem);
				else this.#add(read.assessment, here);
			}
			this.#show();
		}
		keep.addEventListener('change', () => this.#keep());
		for (const choice of this.querySelectorAll<HTMLInputElement>('input[name="team-by"]')) choice.addEventListener('change', () => this.#show());
		const files = this.querySelector<HTMLInputElement>('#team-files')!;
		files.addEventListener('change', async () => {
			this.#clearRefused();
			for (const file of files.files ?? []) {
				const read = readAssessment(await file.text(), this.#data!.words);
				if ('problem' in read) this.#refuse(file.name, read.problem);
				else this.#add(read.assessment, file.name);
			}
			files.value = '';
			this.#show();
		});
		this.querySelector('[data-action="links"]')!.addEventListener('click', () => void this.#addLinks());
		// The Markdown writer comes when the Markdown is asked for, not with the page.
		this.querySelector('[data-action="markdown"]')!.addEventListener('click', async () => {
			const { teamMarkdown } = await import('../assessment/team-markdown.ts');
			download('team.md', 'text/markdown', teamMarkdown(this.#data!, this.#rows));
		});
		this.querySelector('[data-action="csv"]')!.addEventListener('click', () => download('team.csv', 'text/csv', teamCsv(this.#data!.words, this.#rows)));
		this.querySelector('[data-action="clear"]')!.addEventListener('click', () => {
			this.#rows = [];
			this.#clearRefused();
			this.#show();
		});
	}

	get #storageKey(): string {
		return teamStorageKey(siteBase(this.dataset['data'] ?? '/assessment-data.json', location.href, this.dataset['language']), this.dataset['ladder'] ?? '');
	}

	async #addLinks() {
		const field = this.querySelector<HTMLTextAreaElement>('#team-links')!;
		this.#clearRefused();
		for (const link of field.value.split(/\s+/).filter(Boolean)) {
			const at = link.indexOf(`#${FRAGMENT_KEY}`);
			if (at < 0) {
				this.#refuse(link, this.#data!.words['team.not-a-link']);
				continue;
			}
			const read = await decodeAssessment(link.slice(at + FRAGMENT_KEY.length + 1), this.#data!.words);
			if ('problem' in read) this.#refuse(link, read.problem);
			else this.#add(read.assessment, link);
		}
		field.value = '';
		this.#show();
	}

	/** A row for the assessment, replacing an earlier one of the same person and role; or a refusal. */
	#add(assessment: Assessment, from: string) {
		let made: ReturnType<typeof teamRow>;
		try {
			made = teamRow(this.#data!, assessment);
		} catch (error) {
			// One file that trips the view is refused by name; the rest of the batch still loads.
			return this.#refuse(from, say(this.#data!.words, 'team.unreadable', { error: error instanceof Error ? error.message : String(error) }));
		}
		if ('problem' in made) return this.#refuse(from, made.problem);
		const same = (row: TeamRow) => row.name === made.row.name && row.assessment.role === assessment.role;
		this.#rows = [...this.#rows.filter((row) => !same(row)), made.row];
	}

	#refuse(from: string, problem: string) {
		this.querySelector('.team-refused')!.append(element('li', {}, say(this.#data!.words, 'team.not-loaded', { file: from, problem })));
	}

	#clearRefused() {
		this.querySelector('.team-refused')!.replaceChildren();
	}

	#show() {
		const by = (this.querySelector<HTMLInputElement>('input[name="team-by"]:checked')?.value ?? 'area') as GridBy;
		const { columns, cells } = teamGrid(this.#data!, this.#rows, by);
		const { words } = this.#data!;
		const table = this.querySelector<HTMLTableElement>('table.team-table')!;
		table.dataset['by'] = by;
		table.querySelector('thead tr')!.replaceChildren(
			element('th', { scope: 'col' }, words['team.person']),
			...columns.map((column) => element('th', { scope: 'col', class: 'team-column', title: by === 'competency' ? `${column.name} (${column.area})` : column.name }, element('span', {}, column.name))),
			element('th', { scope: 'col' }, words['team.differs']),
			element('th', { scope: 'col' }, words['team.gap']),
		);
		this.querySelector('tbody')!.replaceChildren(
			...this.#rows.map((row, index) =>
				element(
					'tr',
					{},
					element('th', { scope: 'row' }, this.#personLink(row), element('span', { class: 'team-meta' }, `${row.target ? `${row.role} → ${row.target}` : row.role}, ${row.release}`)),
					...columns.map((column, at) => gridCell(words, column, cells[index]![at], by === 'area')),
					element('td', {}, row.differ ? say(words, 'team.differs-cell', { count: row.differ.items, reviewer: row.differ.reviewer }) : '—'),
					element('td', {}, row.gap ? say(words, 'team.gap-cell', { consistently: row.gap.consistently, items: row.gap.items }) : '—'),
				),
			),
		);
		// On a phone, a card per person: the areas one under the other (the grid's own, where it is by area).
		const areaGrid = by === 'area' ? { columns, cells } : teamGrid(this.#data!, this.#rows, 'area');
		this.querySelector('.team-cards')!.replaceChildren(
			...this.#rows.map((row, index) =>
				element(
					'li',
					{ class: 'team-card' },
					element('p', { class: 'team-card-name' }, this.#personLink(row)),
					element('p', { class: 'team-meta' }, `${row.target ? `${row.role} → ${row.target}` : row.role}, ${row.release}`),
					element('p', {}, say(words, 'team.ratings', { counts: countsText(words, row.total) })),
					element(
						'ul',
						{ class: 'team-card-areas' },
						...areaGrid.columns.flatMap((column, at) => {
							const cell = areaGrid.cells[index]![at];
							if (!cell) return [];
							// Name, bar and figure on one line; the counts in words for a screen reader.
							return [
								element(
									'li',
									{},
									element('span', { 'aria-hidden': 'true' }, column.name),
									meter(cell),
									element('span', { 'aria-hidden': 'true', class: 'team-figure' }, `${cell.counts.consistently}/${cell.items}`),
									element('span', { class: 'visually-hidden' }, cellText(words, column, cell)),
								),
							];
						}),
					),
					element('p', {}, row.differ ? say(words, 'team.card-differs', { reviewer: row.differ.reviewer, count: row.differ.items }) : words['team.no-reviewer']),
					element('p', {}, row.gap ? say(words, 'team.card-gap', { consistently: row.gap.consistently, items: row.gap.items }) : words['team.no-target']),
				),
			),
		);
		const empty = this.#rows.length === 0;
		for (const selector of ['.team-region', '.team-cards', '.team-by', '.team-key']) this.querySelector<HTMLElement>(selector)!.hidden = empty;
		const count = this.#rows.length;
		this.querySelector('.team-status')!.textContent = count === 0 ? '' : sayCount(words, 'team.people', count, document.documentElement.lang || 'en');
		this.#keep();
	}

	/** The person's name, opening their whole assessment, read-only, on its role page; made in the browser, sent nowhere. */
	#personLink(row: TeamRow): HTMLAnchorElement {
		const open = element('a', { href: this.#roleUrl(row.assessment.role) }, row.name);
		void encodeAssessment(row.assessment).then((encoded) => open.setAttribute('href', `${this.#roleUrl(row.assessment.role)}#${FRAGMENT_KEY}${encoded}`));
		return open;
	}

	/** Kept in this browser only when asked; unticking forgets them. */
	#keep() {
		const keep = this.querySelector<HTMLInputElement>('#team-keep')!;
		if (!keep.checked) return localStorage.removeItem(this.#storageKey);
		try {
			localStorage.setItem(this.#storageKey, JSON.stringify(this.#rows.map((row) => row.assessment)));
		} catch {
			// Past the browser's storage quota: a part kept would lose rows without a word at the next visit.
			localStorage.removeItem(this.#storageKey);
			keep.checked = false;
			this.querySelector('.team-status')!.textContent += ` ${this.#data!.words['team.no-room']}`;
		}
	}

	#roleUrl(roleId: string): string {
		return new URL(`roles/${roleId}/`, new URL('./', new URL(this.dataset['data'] ?? '/assessment-data.json', location.href))).href;
	}
}

/** A person's standing in a column: a bar (consistently, then sometimes), and the counts in words. */
function gridCell(words: AssessmentWords, column: GridColumn, cell: GridCell | undefined, withFigures: boolean): HTMLTableCellElement {
	const told = cellText(words, column, cell);
	if (!cell) return element('td', { class: 'team-cell', title: told }, element('span', { 'aria-hidden': 'true' }, '—'), element('span', { class: 'visually-hidden' }, told));
	return element(
		'td',
		{ class: 'team-cell', title: told },
		meter(cell),
		withFigures ? element('span', { 'aria-hidden': 'true', class: 'team-figure' }, `${cell.counts.consistently}/${cell.items}`) : '',
		element('span', { class: 'visually-hidden' }, told),
	);
}

function meter(cell: GridCell): HTMLSpanElement {
	const bar = element('span', { class: 'team-meter', 'aria-hidden': 'true' });
	bar.style.setProperty('--consistently', `${(100 * cell.counts.consistently) / cell.items}%`);
	bar.style.setProperty('--sometimes', `${(100 * cell.counts.sometimes) / cell.items}%`);
	return bar;
}

function safeList(text: string): unknown[] {
	try {
		const list: unknown = JSON.parse(text);
		return Array.isArray(list) ? list : [];
	} catch {
		return [];
	}
}

customElements.define('team-view', TeamView);

/**
 * The self-assessment panel of a role page, loaded when a reader opens it. Everything stays in the
 * browser: the assessment is kept in `localStorage`, shared in a link's fragment (which never
 * reaches a server) and exported as files; the only request is for the site's own
 * `/assessment-data.json`. Text from the ladder and from readers is only ever written as text.
 */
import { ASSESSMENT_VERSION, MAX_CYCLES, newAssessment, RATING_LABELS, RATINGS, readAssessment, typedName, type Assessment, type Rating, type RatingValue, type Snapshot } from '../assessment/document.ts';
import { sinceCycle, type Moved } from '../assessment/history.ts';
import { gapItems, roleItems, roleOf, staleRatings, type AssessmentData, type Item } from '../assessment/items.ts';
import { promotionPack, type PackLinks } from '../assessment/pack.ts';
import { decodeAssessment, encodeAssessment } from '../assessment/share-link.ts';
import { standing } from '../assessment/standing.ts';
import { FRAGMENT_KEY, legacyKey, readKept, siteBase, storageKey } from '../assessment/where-kept.ts';
import { articled } from '../views/shared/articles.ts';
import { element } from './dom.ts';
import { download } from './download.ts';
import { profileFigure } from './profile-figure.ts';

/** Whose ratings the panel edits: the reader's own, none (a shared link, read-only), or a second assessor's. */
type Mode = 'own' | 'shared' | 'review';

let dataPromise: Promise<AssessmentData> | undefined;

/** How many ratings of items no longer here are listed one by one. */
const GONE_SHOWN = 100;

/**
 * Items are made in runs of this many. Beyond `LAZY_ABOVE` items on the panel, a run is made only
 * when it comes near the screen (or the page prints): a role may list thousands of criteria, and
 * a click must cost the same whatever their number.
 */
const RUN = 40;
const LAZY_ABOVE = 200;

export async function openAssessment(host: HTMLElement): Promise<void> {
	const panel = host.querySelector<HTMLElement>('.assessment-panel')!;
	const status = host.querySelector<HTMLElement>('.assessment-status')!;
	let data: AssessmentData;
	try {
		dataPromise ??= fetch(host.dataset['data'] ?? '/assessment-data.json').then((response) => {
			if (!response.ok) throw new Error(String(response.status));
			return response.json() as Promise<AssessmentData>;
		});
		data = await dataPromise;
	} catch {
		dataPromise = undefined;
		status.textContent = 'The assessment could not load the ladder: reload the page to try again.';
		return;
	}
	const view = (host as HostWithView).assessmentView ?? new AssessmentView(host, panel, status, data);
	(host as HostWithView).assessmentView = view;
	try {
		await view.open();
	} catch {
		// What a link or a saved assessment holds is the only input the panel did not make itself.
		status.textContent = 'This assessment could not be shown: the link or the saved assessment holds something this page cannot read.';
	}
}

interface HostWithView extends HTMLElement {
	assessmentView?: AssessmentView;
}

class AssessmentView {
	readonly #roleId: string;
	readonly #key: string;
	readonly #legacyKey: string;
	#mode: Mode = 'own';
	/** The saved cycle the ratings are compared with, by its place in the history; none at first. */
	#comparing: number | undefined;
	#own: Assessment;
	/** The assessment a link brought, while it is shown. */
	#shared: Assessment | undefined;
	#linkTimer: ReturnType<typeof setTimeout> | undefined;
	/** Which update of the share link is the latest: an older one still encoding must not overwrite it. */
	#linkUpdate = 0;
	/** Runs of items not made yet, each with what makes it; empty when the panel is small. */
	#pending = new Map<Element, () => void>();
	#observer: IntersectionObserver | undefined;
	/** The role's items, made once: the ladder does not change while the page is open. */
	#items: Item[] | undefined;

	readonly host: HTMLElement;
	readonly panel: HTMLElement;
	readonly status: HTMLElement;
	readonly data: AssessmentData;

	constructor(host: HTMLElement, panel: HTMLElement, status: HTMLElement, data: AssessmentData) {
		this.host = host;
		this.panel = panel;
		this.status = status;
		this.data = data;
		this.#roleId = host.dataset['role'] ?? '';
		this.#key = storageKey(siteBase(host.dataset['data'] ?? '/assessment-data.json', location.href), data.ladder, this.#roleId);
		this.#legacyKey = legacyKey.assessment(data.ladder, this.#roleId);
		this.#own = this.#load() ?? newAssessment(data.ladder, this.#roleId, roleOf(data, this.#roleId)?.next[0], data.release);
		// A print shows every item, including runs not scrolled to yet.
		addEventListener('beforeprint', () => this.#makeAll());
	}

	get #roleItems(): Item[] {
		return (this.#items ??= roleItems(this.data, this.#roleId));
	}

	async open() {
		const fragment = location.hash.startsWith(`#${FRAGMENT_KEY}`) ? location.hash.slice(FRAGMENT_KEY.length + 1) : undefined;
		if (fragment) {
			const read = await decodeAssessment(fragment);
			if ('problem' in read) return this.#say(read.problem);
			const problem = this.#foreign(read.assessment);
			if (problem) return this.#say(problem);
			this.#shared = read.assessment;
			this.#mode = 'shared';
		}
		this.host.dataset['open'] = '';
		this.host.querySelector<HTMLButtonElement>('button.assessment-open')!.hidden = true;
		this.panel.hidden = false;
		this.#render();
		this.panel.querySelector<HTMLElement>('h2')?.focus();
	}

	/** The assessment being shown: the reader's own, or the one a link brought. */
	get #doc(): Assessment {
		return this.#shared ?? this.#own;
	}

	/**
	 * Whose assessment it is, as its headings say it: "your" for the reader's own, the person's name
	 * (or "the assessee's") for one a link brought: a manager is never addressed as the employee.
	 */
	get #whose(): { possessive: string; subject: string } {
		if (this.#mode === 'own') return { possessive: 'Your', subject: 'you' };
		const name = this.#doc.name?.trim();
		return name ? { possessive: `${name}’s`, subject: name } : { possessive: 'The assessee’s', subject: 'the assessee' };
	}

	#render() {
		const doc = this.#doc;
		const role = roleOf(this.data, this.#roleId);
		const items = this.#roleItems;
		const gap = doc.target ? gapItems(this.data, this.#roleId, doc.target) : [];
		const { changed, gone } = staleRatings(doc, [...items, ...gap]);
		this.#observer?.disconnect();
		this.#pending.clear();
		this.#observer = items.length + gap.length > LAZY_ABOVE ? new IntersectionObserver((entries) => this.#makeNear(entries), { rootMargin: '1500px 0px' }) : undefined;
		const whose = this.#whose;
		const heading = element('h2', { id: 'assessment-heading', tabindex: '-1' }, this.#mode === 'own' ? 'Your assessment' : `${whose.possessive} assessment, shared`);
		const parts: Node[] = [
			heading,
			this.#printHeader(doc),
			this.#mode === 'own'
				? element(
						'p',
						{},
						'Rate how often you show each expectation, and note your evidence. This is material for a conversation with your manager, not a score to complete: nobody meets every item, and promotion is not a checklist. ',
						element('strong', {}, 'Your ratings stay in this browser'),
						' unless you share a link or a file.',
					)
				: element(
						'p',
						{},
						`${whose.possessive} ratings and evidence, for a conversation: not a score to complete. `,
						element('strong', {}, 'Nothing you add here leaves this browser'),
						' unless you send the link or a file back.',
					),
		];
		if (this.#mode === 'own') parts.push(this.#nameField());
		else parts.push(this.#sharedBar());
		const release = this.#releaseNote(doc);
		if (release) parts.push(release);
		parts.push(this.#standing(items), this.#target(doc), this.#cycles(doc, [...items, ...gap]));
		const differing = this.#differing([...items, ...gap]);
		// Items of the target role are marked as such: they sit under the target's levels, not this role's.
		const targetKeys = new Set(gap.map((item) => item.key));
		if (differing.length > 0) parts.push(this.#section('assessment-differ', `Where ${doc.reviewer!.name} and ${this.#mode === 'own' ? 'you' : whose.subject} differ (${differing.length})`, differing, changed, targetKeys));
		parts.push(this.#section('assessment-items', `What ${role ? articled(role.title) : 'the role'} is expected to show (${items.length})`, items, changed));
		if (doc.target) {
			const target = roleOf(this.data, doc.target)?.title ?? doc.target;
			parts.push(this.#section('assessment-gap', `${whose.possessive} gap to ${target}: what it expects beyond this role (${gap.length})`, gap, changed));
		}
		if (gone.length > 0) parts.push(this.#gone(gone));
		parts.push(this.#tools(items, gap));
		this.panel.replaceChildren(...parts);
		this.#updateLink();
	}

	#sharedBar(): HTMLElement {
		const doc = this.#doc;
		const bar = element('div', { class: 'assessment-shared', role: 'group', 'aria-label': 'Shared assessment' });
		const name = element('input', { type: 'text', id: 'assessment-reviewer-name', value: doc.reviewer?.name ?? 'Reviewer', maxlength: '200' });
		name.addEventListener('input', () => {
			if (this.#shared?.reviewer) this.#shared.reviewer.name = typedName(name.value) || 'Reviewer';
			this.#updateLink();
		});
		bar.append(
			element('p', {}, this.#mode === 'review' ? 'You are adding your ratings beside the assessee’s. Send the link below back when you are done.' : 'This assessment came in a link. It is shown read-only; nothing is saved until you import it.'),
			button('Import into my assessment', (event) => this.#confirmImport(this.#doc, event.currentTarget as HTMLElement)),
		);
		if (this.#mode === 'shared') {
			bar.append(
				button('Add my ratings as a second assessor', () => {
					this.#mode = 'review';
					this.#shared!.reviewer ??= { name: 'Reviewer', ratings: {} };
					this.#render();
				}),
			);
		} else {
			bar.append(element('label', { for: 'assessment-reviewer-name' }, 'Your name, shown beside your ratings'), name);
		}
		bar.append(button('Back to my own assessment', () => this.#leaveShared()));
		return bar;
	}

	/**
	 * Cycles: "Save as this cycle" keeps the ratings as they are now, named and dated, in the
	 * assessment (so they travel in its file and link); any saved cycle can be compared with now.
	 */
	#cycles(doc: Assessment, items: readonly Item[]): HTMLElement {
		const history = doc.history ?? [];
		const section = element('section', { class: 'assessment-cycles', 'aria-labelledby': 'assessment-cycles' }, element('h3', { id: 'assessment-cycles' }, 'Review cycles'));
		if (this.#mode === 'own') {
			const name = element('input', { type: 'text', id: 'assessment-cycle-name', value: `${new Date().getFullYear()} review`, maxlength: '200' });
			section.append(
				element(
					'div',
					{ class: 'assessment-row assessment-cycle-form' },
					element('label', { for: 'assessment-cycle-name' }, 'Name this cycle: '),
					name,
					button('Save as this cycle', () => {
						const snapshot: Snapshot = { name: typedName(name.value) || 'Review', saved: new Date().toISOString(), release: this.data.release, ratings: structuredClone(this.#own.ratings) };
						this.#own.history = [...(this.#own.history ?? []), snapshot].slice(-MAX_CYCLES);
						this.#save();
						this.#comparing = undefined;
						this.#render();
						this.#say(`Saved “${snapshot.name}”, ${Object.keys(snapshot.ratings).length} ratings, in this assessment: compare with it below.`);
					}),
				),
			);
		}
		if (history.length === 0) {
			section.append(element('p', {}, this.#mode === 'own' ? 'Save your ratings at each review to see, next time, what moved since.' : 'No cycle saved yet.'));
			return section;
		}
		const select = element('select', { id: 'assessment-compare' }, element('option', { value: '' }, 'Choose a saved cycle'));
		history.forEach((snapshot, index) => select.append(element('option', { value: String(index) }, `${snapshot.name} (${snapshot.saved.slice(0, 10)})`)));
		select.value = this.#comparing === undefined ? '' : String(this.#comparing);
		select.addEventListener('change', () => {
			this.#comparing = select.value === '' ? undefined : Number(select.value);
			this.#render();
			this.panel.querySelector<HTMLElement>('#assessment-compare')?.focus();
		});
		section.append(element('p', { class: 'assessment-cycle-form' }, element('label', { for: 'assessment-compare' }, 'Compare with: '), select));
		const snapshot = this.#comparing === undefined ? undefined : history[this.#comparing];
		if (!snapshot) return section;
		const since = sinceCycle(items, snapshot.ratings, doc.ratings);
		const groups: [string, Moved[]][] = [
			['Moved up', since.up],
			['Moved down', since.down],
			['Rated since', since.added],
			['To or from not applicable', since.changed],
		];
		section.append(element('p', { class: 'assessment-since' }, `Since ${snapshot.name}: ${groups.map(([label, moved]) => `${moved.length} ${label.toLowerCase()}`).join(', ')}.`));
		const rating = (value: RatingValue | undefined) => (value ? RATING_LABELS[value] : 'not rated');
		for (const [label, moved] of groups) {
			if (moved.length === 0) continue;
			section.append(element('h4', {}, `${label} (${moved.length})`), element('ul', {}, ...moved.map(({ item, from, to }) => element('li', { 'data-key': item.key }, `${item.text} `, element('span', { class: 'assessment-move' }, `${rating(from)} → ${rating(to)}`)))));
		}
		return section;
	}

	/** Who and what, in one line at the head of the printed pack, where the fields and the target's list do not print. */
	#printHeader(doc: Assessment): HTMLElement {
		const target = doc.target ? roleOf(this.data, doc.target)?.title : undefined;
		const release = doc.release ?? this.data.release;
		const parts = [
			doc.name?.trim(),
			roleOf(this.data, this.#roleId)?.title,
			target && `target: ${target}`,
			release === 'unreleased' ? 'rated against the unreleased ladder' : `rated against release ${release}`,
			doc.reviewer && `second assessor: ${doc.reviewer.name}`,
			doc.updated.slice(0, 10),
		];
		return element('p', { class: 'assessment-print-header' }, parts.filter(Boolean).join(' · '));
	}

	/** The assessee's name, kept with the assessment and shown to whoever it is shared with. */
	#nameField(): HTMLElement {
		const input = element('input', { type: 'text', id: 'assessment-name', value: this.#own.name ?? '', maxlength: '200', autocomplete: 'name' });
		input.addEventListener('change', () => {
			const name = typedName(input.value);
			if (name) this.#own.name = name;
			else delete this.#own.name;
			this.#save();
			this.#updateLink();
			this.panel.querySelector('.assessment-print-header')?.replaceWith(this.#printHeader(this.#doc));
		});
		return element('p', { class: 'assessment-name' }, element('label', { for: 'assessment-name' }, 'Your name, shown to whoever you share this with: '), input);
	}

	/** Which release of the ladder the assessment was made against, where it is not this one. */
	#releaseNote(doc: Assessment): HTMLElement | undefined {
		if (!doc.release || doc.release === this.data.release) return undefined;
		const made = doc.release === 'unreleased' ? 'an unreleased version of the ladder' : `release ${doc.release} of the ladder`;
		const now = this.data.release === 'unreleased' ? 'an unreleased version' : `release ${this.data.release}`;
		return element('p', { class: 'assessment-flag' }, `This assessment was made against ${made}; this page shows ${now}. Ratings stay with their items by id; any whose item changed or went are marked.`);
	}

	#standing(items: Item[]): HTMLElement {
		const doc = this.#doc;
		const areas = standing(this.data, this.#roleId, items, doc.ratings);
		// Three columns, the ratings in words: seven columns of counts did not fit a desktop's column.
		const kinds: (RatingValue | 'unrated')[] = ['consistently', 'sometimes', 'not-yet', 'not-applicable', 'unrated'];
		const told = (counts: Record<RatingValue | 'unrated', number>) =>
			kinds
				.filter((kind) => counts[kind] > 0)
				.map((kind) => `${counts[kind]} ${kind === 'unrated' ? 'not rated' : RATING_LABELS[kind].toLowerCase()}`)
				.join(', ');
		const head = element('tr', {}, element('th', { scope: 'col' }, 'Area'), element('th', { scope: 'col' }, 'Items'), element('th', { scope: 'col' }, `${this.#whose.possessive} ratings`));
		const rows = areas.map((area) => element('tr', { 'data-area': area.areaId }, element('th', { scope: 'row' }, area.name), element('td', {}, String(area.items)), element('td', {}, told(area.counts))));
		const total = Object.fromEntries(kinds.map((kind) => [kind, areas.reduce((sum, area) => sum + area.counts[kind], 0)])) as Record<RatingValue | 'unrated', number>;
		const foot = element('tr', {}, element('th', { scope: 'row' }, 'Overall'), element('td', {}, String(items.length)), element('td', {}, told(total)));
		const table = element('table', { class: 'assessment-standing' }, element('caption', {}, `${this.#whose.possessive} ratings, by area`), element('thead', {}, head), element('tbody', {}, ...rows), element('tfoot', {}, foot));
		const role = roleOf(this.data, this.#roleId)?.title ?? '';
		const chart = profileFigure(
			{
				areas: areas.map((area) => area.name),
				levels: this.data.scale.map((id) => this.data.levels[id] ?? id),
				series: [
					{ title: role, scores: areas.map((area) => area.expected) },
					{ title: `${this.#whose.possessive} ratings`, scores: areas.map((area) => area.yours) },
				],
			},
			'assessment',
			`${this.#whose.possessive} bar is the expected level scaled by how consistently ${this.#whose.subject} rated its items (not rated counts as not yet; not applicable is left out).`,
		);
		const where = this.#mode === 'own' ? 'Where you stand' : `Where ${this.#whose.subject} stands`;
		return element('section', { class: 'assessment-where', 'aria-labelledby': 'assessment-where' }, element('h3', { id: 'assessment-where' }, where), table, chart);
	}

	#target(doc: Assessment): HTMLElement {
		const select = element('select', { id: 'assessment-target' }, element('option', { value: '' }, 'No target role'));
		const byTrack = Map.groupBy(
			this.data.roleOrder.filter((id) => id !== this.#roleId),
			(id) => roleOf(this.data, id)!.track,
		);
		for (const [track, ids] of byTrack) {
			select.append(element('optgroup', { label: this.data.tracks[track] ?? track }, ...ids.map((id) => element('option', { value: id }, roleOf(this.data, id)!.title))));
		}
		select.value = doc.target ?? '';
		select.disabled = this.#mode !== 'own';
		select.addEventListener('change', () => {
			if (select.value) this.#own.target = select.value;
			else delete this.#own.target;
			this.#save();
			this.#render();
			this.panel.querySelector<HTMLElement>('#assessment-target')?.focus();
		});
		return element('p', { class: 'assessment-target' }, element('label', { for: 'assessment-target' }, 'Target role (your next step): '), select);
	}

	#section(id: string, title: string, items: Item[], changed: ReadonlySet<string>, targetKeys: ReadonlySet<string> = new Set()): HTMLElement {
		const targetTitle = this.#doc.target ? (roleOf(this.data, this.#doc.target)?.title ?? this.#doc.target) : '';
		const section = element('section', { 'aria-labelledby': id }, element('h3', { id }, title));
		for (const [areaId, inArea] of Map.groupBy(items, (item) => item.areaId)) {
			section.append(element('h4', {}, this.data.areas.find((area) => area.id === areaId)?.name ?? areaId));
			// By competency and level: a list of this role's and the target's items has both levels of one competency.
			for (const [, ofCompetency] of Map.groupBy(inArea, (item) => item.key.split('/').slice(0, 2).join('/'))) {
				const first = ofCompetency[0]!;
				const ofTarget = targetKeys.has(first.key) ? ` (what ${targetTitle} expects)` : '';
				section.append(element('p', { class: 'assessment-competency' }, `${first.competency}, at ${first.level}${ofTarget}`));
				if (first.note) section.append(element('p', { class: 'role-note' }, element('strong', {}, `For ${first.note.role}: `), first.note.text));
				for (let start = 0; start < ofCompetency.length; start += RUN) {
					const run = ofCompetency.slice(start, start + RUN);
					const box = element('div', { class: 'assessment-run' });
					const make = () => box.replaceChildren(...run.map((item) => this.#item(item, changed.has(item.key), id)));
					section.append(box);
					if (!this.#observer) make();
					else {
						// Held open at roughly its items' height, so the page does not jump as runs are made.
						box.dataset['pending'] = '';
						box.style.setProperty('--items', String(run.length));
						this.#pending.set(box, make);
						this.#observer.observe(box);
					}
				}
			}
		}
		if (items.length === 0) section.append(element('p', {}, 'Nothing: this role already expects everything the target does.'));
		return section;
	}

	#item(item: Item, changed: boolean, sectionId: string): HTMLElement {
		const doc = this.#doc;
		const own = doc.ratings[item.key];
		const review = doc.reviewer?.ratings[item.key];
		const fieldset = element('fieldset', { class: 'assessment-item', 'data-key': item.key }, element('legend', {}, item.text));
		if (changed && own) {
			fieldset.append(element('p', { class: 'assessment-flag' }, `This expectation changed since it was rated. It read: “${own.text}”`));
		}
		const editing = this.#mode === 'review' ? review : own;
		if (this.#mode !== 'own') fieldset.append(ratingText(doc.name?.trim() || 'Assessee', own));
		if (this.#mode === 'shared') {
			if (doc.reviewer) fieldset.append(ratingText(doc.reviewer.name, review));
			return fieldset;
		}
		const name = `${sectionId}-${item.key}`;
		// A blank placeholder lets print leave out an empty note (`:placeholder-shown`), which CSS cannot otherwise tell.
		const note = element('textarea', { rows: '2', maxlength: '5000', placeholder: ' ' });
		note.value = editing?.evidence ?? '';
		note.addEventListener('input', () => this.#rate(item, { evidence: note.value }));
		const choices = element('div', { class: 'assessment-choices' });
		for (const value of RATINGS) {
			const input = element('input', { type: 'radio', name, value });
			input.checked = editing?.rating === value;
			// A note written before the rating is kept with it.
			input.addEventListener('change', () => this.#rate(item, { rating: value, evidence: note.value }));
			choices.append(element('label', {}, input, ` ${RATING_LABELS[value]}`));
		}
		fieldset.append(choices, element('label', { class: 'assessment-evidence' }, element('span', { class: 'assessment-help' }, 'Evidence, or why it does not apply (optional)'), note));
		if (this.#mode === 'own' && doc.reviewer && review) fieldset.append(ratingText(doc.reviewer.name, review));
		return fieldset;
	}

	#makeNear(entries: IntersectionObserverEntry[]) {
		for (const entry of entries) if (entry.isIntersecting) this.#make(entry.target);
	}

	#make(box: Element) {
		const make = this.#pending.get(box);
		if (!make) return;
		this.#pending.delete(box);
		this.#observer?.unobserve(box);
		make();
		delete (box as HTMLElement).dataset['pending'];
		(box as HTMLElement).style.removeProperty('--items');
	}

	#makeAll() {
		for (const box of [...this.#pending.keys()]) this.#make(box);
	}

	/** Items where the two assessors' ratings differ, for the section that comes first. */
	#differing(items: Item[]): Item[] {
		const { reviewer, ratings } = this.#doc;
		if (!reviewer) return [];
		return items.filter((item) => reviewer.ratings[item.key] && reviewer.ratings[item.key]?.rating !== ratings[item.key]?.rating);
	}

	#gone(gone: [string, Rating][]): HTMLElement {
		// Listed in full up to a bound: a crafted link could carry thousands.
		const shown = gone.slice(0, GONE_SHOWN);
		const list = element('ul', {});
		for (const [, rating] of shown) list.append(element('li', {}, `“${rating.text}”: ${RATING_LABELS[rating.rating]}${rating.evidence ? `. ${rating.evidence}` : ''}`));
		if (gone.length > shown.length) list.append(element('li', {}, `and ${gone.length - shown.length} more, kept in the assessment’s file and link`));
		return element(
			'section',
			{ class: 'assessment-gone', 'aria-labelledby': 'assessment-gone' },
			element('h3', { id: 'assessment-gone' }, `Ratings of expectations no longer here (${gone.length})`),
			element('p', {}, 'The ladder changed since these were rated, or they belong to another target role. They are kept, not moved to another item.'),
			list,
		);
	}

	#tools(items: Item[], gap: Item[]): HTMLElement {
		const link = element('input', { type: 'text', id: 'assessment-link', readonly: '', class: 'assessment-link' });
		const copy = button('Copy link', async () => {
			const current = await this.#currentLink(link);
			link.select();
			try {
				await navigator.clipboard.writeText(current);
				this.#say('Link copied.');
			} catch {
				this.#say('Select the link and copy it.');
			}
		});
		const file = element('input', { type: 'file', id: 'assessment-import', accept: 'application/json,.json' });
		file.addEventListener('change', async () => {
			const chosen = file.files?.[0];
			file.value = '';
			if (!chosen) return;
			const read = readAssessment(await chosen.text());
			if ('problem' in read) return this.#say(`${read.problem} Your assessment is unchanged.`);
			const problem = this.#foreign(read.assessment);
			if (problem) return this.#say(`${problem} Your assessment is unchanged.`);
			this.#confirmImport(read.assessment, file);
		});
		const slug = `${this.#roleId}-assessment`;
		return element(
			'section',
			{ class: 'assessment-tools', 'aria-labelledby': 'assessment-tools' },
			element('h3', { id: 'assessment-tools' }, 'Share, save and print'),
			element('label', { for: 'assessment-link' }, 'Share link: the whole assessment is in the link itself, and opens read-only'),
			element('div', { class: 'assessment-row' }, link, copy),
			element(
				'div',
				{ class: 'assessment-row' },
				button('Download the promotion pack (Markdown)', () => download(`${slug}.md`, 'text/markdown', promotionPack(this.data, this.#doc, items, gap, this.#packLinks()))),
				button('Download as JSON', () => download(`${slug}.json`, 'application/json', `${JSON.stringify(this.#doc, null, 2)}\n`)),
				button('Print', () => print()),
			),
			element('label', { for: 'assessment-import' }, 'Import an assessment (JSON exported from this page)'),
			file,
		);
	}

	/**
	 * The pack's links, absolute: the site's root is where `/assessment-data.json` lives (the page
	 * names it with the base path), and the role's page is this one, without any shared fragment.
	 */
	#packLinks(): PackLinks {
		const data = new URL(this.host.dataset['data'] ?? '/assessment-data.json', location.href);
		return { site: new URL('./', data).href, role: `${location.origin}${location.pathname}` };
	}

	#rate(item: Item, change: Partial<Rating>) {
		const target = this.#mode === 'review' ? this.#shared!.reviewer!.ratings : this.#own.ratings;
		const current = target[item.key];
		const rating = change.rating ?? current?.rating;
		if (!rating) {
			// Evidence before a rating waits for one: a note alone says nothing about where you stand.
			if (change.evidence) this.#say('Choose a rating for this item to keep your note.');
			return;
		}
		const evidence = change.evidence ?? current?.evidence;
		target[item.key] = { rating, ...(evidence ? { evidence } : {}), text: item.text };
		if (this.#mode === 'own') this.#save();
		this.#refreshStanding();
		this.#updateLink();
	}

	#refreshStanding() {
		const old = this.panel.querySelector('.assessment-where');
		old?.replaceWith(this.#standing(this.#roleItems));
	}

	/** Asks before replacing the reader's assessment, right beside what asked for the import. */
	#confirmImport(incoming: Assessment, near: HTMLElement) {
		this.panel.querySelector('.assessment-confirm')?.remove();
		const box = element('div', { class: 'assessment-confirm' });
		const count = Object.keys(this.#own.ratings).length;
		const replace = () => {
			this.#own = structuredClone(incoming);
			this.#own.updated = new Date().toISOString();
			this.#save();
			this.#leaveShared();
			this.#say('Imported into your assessment.');
		};
		if (count === 0) return replace();
		near.after(box);
		box.replaceChildren(
			element('p', { role: 'alert' }, `This replaces your assessment of this role (${count} ratings).`),
			button('Replace my assessment', replace),
			button('Keep mine', () => {
				box.remove();
				this.#say('Nothing was imported.');
			}),
		);
		box.querySelector('button')?.focus();
	}

	#leaveShared() {
		this.#shared = undefined;
		this.#mode = 'own';
		history.replaceState(null, '', location.pathname + location.search);
		this.#render();
		this.panel.querySelector<HTMLElement>('h2')?.focus();
	}

	/** Why an assessment cannot be shown on this page, if it cannot. */
	#foreign(assessment: Assessment): string | undefined {
		if (assessment.ladder !== this.data.ladder) return `This assessment is of another ladder (“${assessment.ladder}”).`;
		if (assessment.role !== this.#roleId) {
			const title = roleOf(this.data, assessment.role)?.title;
			return title ? `This assessment is of ${title}: open that role’s page to see it.` : 'This assessment is of a role this ladder does not have.';
		}
		return undefined;
	}

	#load(): Assessment | undefined {
		const text = readKept(localStorage, this.#key, this.#legacyKey);
		if (!text) return undefined;
		const read = readAssessment(text);
		return 'assessment' in read ? read.assessment : undefined;
	}

	#save() {
		this.#own.updated = new Date().toISOString();
		// Saved now, it is an assessment of this release, in this version of the format.
		this.#own.version = ASSESSMENT_VERSION;
		this.#own.release = this.data.release;
		const rated = Object.keys(this.#own.ratings).length;
		try {
			localStorage.setItem(this.#key, JSON.stringify(this.#own));
		} catch {
			return this.#say(`Not saved: this browser has no room left for this site. Download the assessment (JSON) to keep your ${rated} ${rated === 1 ? 'rating' : 'ratings'}.`);
		}
		this.#say(`Saved in this browser: ${rated} ${rated === 1 ? 'rating' : 'ratings'}.`);
	}

	/**
	 * The share link, made again shortly after the last change. Until it is, the field says it is
	 * busy and Copy waits for it: a link copied in between would leave out the latest rating.
	 */
	#updateLink() {
		clearTimeout(this.#linkTimer);
		const update = ++this.#linkUpdate;
		this.panel.querySelector('#assessment-link')?.setAttribute('aria-busy', 'true');
		this.#linkTimer = setTimeout(() => void this.#writeLink(update), 150);
	}

	async #writeLink(update: number) {
		const link = `${location.origin}${location.pathname}#${FRAGMENT_KEY}${await encodeAssessment(this.#doc)}`;
		const input = this.panel.querySelector<HTMLInputElement>('#assessment-link');
		if (!input || update !== this.#linkUpdate) return;
		input.value = link;
		input.removeAttribute('aria-busy');
	}

	/** The link as it is now, made at once if an update is pending. */
	async #currentLink(input: HTMLInputElement): Promise<string> {
		if (input.hasAttribute('aria-busy')) {
			clearTimeout(this.#linkTimer);
			await this.#writeLink(this.#linkUpdate);
		}
		return input.value;
	}

	#say(message: string) {
		this.status.textContent = message;
	}
}

function ratingText(who: string, rating: Rating | undefined): HTMLElement {
	const text = rating ? `${RATING_LABELS[rating.rating]}${rating.evidence ? `: ${rating.evidence}` : ''}` : 'not rated';
	return element('p', { class: 'assessment-other' }, element('strong', {}, `${who}: `), text);
}

function button(label: string, onClick: (event: MouseEvent) => unknown): HTMLButtonElement {
	const node = element('button', { type: 'button' }, label);
	node.addEventListener('click', onClick);
	return node;
}


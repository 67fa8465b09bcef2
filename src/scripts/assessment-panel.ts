/**
 * The self-assessment panel of a role page, loaded when a reader opens it. Everything stays in the
 * browser: the assessment is kept in `localStorage`, shared in a link's fragment (which never
 * reaches a server) and exported as files; the only request is for the site's own
 * `/assessment-data.json`. Text from the ladder and from readers is only ever written as text.
 *
 * This file holds the panel's state (whose assessment is shown, and in which mode) and what
 * changes it; its parts, in `assessment-panel/`, render a section each.
 */
import { newAssessment, type Assessment, type Rating } from '../assessment/document.ts';
import { gapItems, roleItems, roleOf, staleRatings, type AssessmentData, type Item } from '../assessment/items.ts';
import { decodeAssessment } from '../assessment/share-link.ts';
import { FRAGMENT_KEY, legacyKey, siteBase, storageKey } from '../assessment/where-kept.ts';
import { articled } from '../views/shared/articles.ts';
import { cyclesSection } from './assessment-panel/cycles.ts';
import { heading, nameField, releaseNote } from './assessment-panel/heading.ts';
import { goneSection, ItemSections } from './assessment-panel/item-sections.ts';
import { keep, loadKept } from './assessment-panel/kept.ts';
import type { Mode, Panel, Whose } from './assessment-panel/panel.ts';
import { foreign, sharedBar, ShareLink, toolsSection } from './assessment-panel/sharing.ts';
import { standingSection, targetField } from './assessment-panel/standing.ts';
import { said, saidOf } from './assessment-panel/words.ts';

let dataPromise: Promise<AssessmentData> | undefined;

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
		// The words come with the data: these are the page's, for when it did not.
		status.textContent = host.dataset['unloaded'] ?? '';
		return;
	}
	const view = (host as HostWithView).assessmentView ?? new AssessmentView(host, panel, status, data);
	(host as HostWithView).assessmentView = view;
	try {
		await view.open();
	} catch {
		// What a link or a saved assessment holds is the only input the panel did not make itself.
		status.textContent = data.words['assessment.unreadable'];
	}
}

interface HostWithView extends HTMLElement {
	assessmentView?: AssessmentView;
}

/** The panel of one role page: its state, and what changes it. */
class AssessmentView implements Panel {
	readonly roleId: string;
	readonly #key: string;
	#mode: Mode = 'own';
	comparing: number | undefined;
	#own: Assessment;
	/** The assessment a link brought, while it is shown. */
	#shared: Assessment | undefined;
	/** The role's items, made once: the ladder does not change while the page is open. */
	#items: Item[] | undefined;
	readonly #sections = new ItemSections(this);
	readonly #link = new ShareLink(this);

	readonly host: HTMLElement;
	readonly panel: HTMLElement;
	readonly status: HTMLElement;
	readonly data: AssessmentData;

	constructor(host: HTMLElement, panel: HTMLElement, status: HTMLElement, data: AssessmentData) {
		this.host = host;
		this.panel = panel;
		this.status = status;
		this.data = data;
		this.roleId = host.dataset['role'] ?? '';
		this.#key = storageKey(siteBase(host.dataset['data'] ?? '/assessment-data.json', location.href, host.dataset['language']), data.ladder, this.roleId);
		this.#own = loadKept(data, this.#key, legacyKey.assessment(data.ladder, this.roleId)) ?? newAssessment(data.ladder, this.roleId, roleOf(data, this.roleId)?.next[0], data.release);
	}

	get mode(): Mode {
		return this.#mode;
	}

	get own(): Assessment {
		return this.#own;
	}

	get doc(): Assessment {
		return this.#shared ?? this.#own;
	}

	get #roleItems(): Item[] {
		return (this.#items ??= roleItems(this.data, this.roleId));
	}

	async open() {
		const fragment = location.hash.startsWith(`#${FRAGMENT_KEY}`) ? location.hash.slice(FRAGMENT_KEY.length + 1) : undefined;
		if (fragment) {
			const read = await decodeAssessment(fragment, this.data.words);
			if ('problem' in read) return this.say(read.problem);
			const problem = foreign(this.data, this.roleId, read.assessment);
			if (problem) return this.say(problem);
			this.#shared = read.assessment;
			this.#mode = 'shared';
		}
		this.host.dataset['open'] = '';
		this.host.querySelector<HTMLButtonElement>('button.assessment-open')!.hidden = true;
		this.panel.hidden = false;
		this.render();
		this.panel.querySelector<HTMLElement>('h2')?.focus();
	}

	/** Whose assessment it is: the reader's own, or the person's (named, or not) that a link brought. */
	get whose(): Whose {
		if (this.#mode === 'own') return { kind: 'own', name: '' };
		const name = this.doc.name?.trim();
		return name ? { kind: 'named', name } : { kind: 'someone', name: '' };
	}

	render() {
		const doc = this.doc;
		const role = roleOf(this.data, this.roleId);
		const items = this.#roleItems;
		const gap = doc.target ? gapItems(this.data, this.roleId, doc.target) : [];
		const { changed, gone } = staleRatings(doc, [...items, ...gap]);
		this.#sections.reset(items.length + gap.length);
		const parts = heading(this);
		parts.push(this.#mode === 'own' ? nameField(this) : sharedBar(this));
		const release = releaseNote(this);
		if (release) parts.push(release);
		parts.push(standingSection(this, items), targetField(this), cyclesSection(this, [...items, ...gap]));
		const differing = this.#sections.differing([...items, ...gap]);
		// Items of the target role are marked as such: they sit under the target's levels, not this role's.
		const targetKeys = new Set(gap.map((item) => item.key));
		if (differing.length > 0) parts.push(this.#sections.section('assessment-differ', saidOf(this, 'assessment.differ', { reviewer: doc.reviewer!.name, count: differing.length }), differing, changed, targetKeys));
		const expected = role ? said(this, 'assessment.expected', { 'a-role': articled(role.title), role: role.title, count: items.length }) : said(this, 'assessment.expected-of-role', { count: items.length });
		parts.push(this.#sections.section('assessment-items', expected, items, changed));
		if (doc.target) {
			const target = roleOf(this.data, doc.target)?.title ?? doc.target;
			parts.push(this.#sections.section('assessment-gap', saidOf(this, 'assessment.gap', { role: target, count: gap.length }), gap, changed));
		}
		if (gone.length > 0) parts.push(goneSection(this, gone));
		parts.push(toolsSection(this, this.#link, items, gap));
		this.panel.replaceChildren(...parts);
		this.updateLink();
	}

	rate(item: Item, change: Partial<Rating>) {
		const target = this.#mode === 'review' ? this.#shared!.reviewer!.ratings : this.#own.ratings;
		const current = target[item.key];
		const rating = change.rating ?? current?.rating;
		if (!rating) {
			// Evidence before a rating waits for one: a note alone says nothing about where you stand.
			if (change.evidence) this.say(said(this, 'assessment.note-needs-rating'));
			return;
		}
		const evidence = change.evidence ?? current?.evidence;
		target[item.key] = { rating, ...(evidence ? { evidence } : {}), text: item.text };
		if (this.#mode === 'own') this.save();
		this.panel.querySelector('.assessment-where')?.replaceWith(standingSection(this, this.#roleItems));
		this.updateLink();
	}

	review() {
		this.#mode = 'review';
		this.#shared!.reviewer ??= { name: said(this, 'assessment.reviewer'), ratings: {} };
		this.render();
	}

	replaceOwn(incoming: Assessment) {
		this.#own = structuredClone(incoming);
		this.save();
		this.leaveShared();
		this.say(said(this, 'assessment.imported'));
	}

	leaveShared() {
		this.#shared = undefined;
		this.#mode = 'own';
		history.replaceState(null, '', location.pathname + location.search);
		this.render();
		this.panel.querySelector<HTMLElement>('h2')?.focus();
	}

	save() {
		this.say(keep(this, this.#key, this.#own, this.data.release));
	}

	updateLink() {
		this.#link.update();
	}

	say(message: string) {
		this.status.textContent = message;
	}
}

/**
 * How an assessment leaves and enters the panel: the share link (the whole assessment in the
 * link's fragment, which never reaches a server), the bar of an assessment a link brought, the
 * files (the promotion pack, the JSON document, an import), and the question before an import
 * replaces the reader's own.
 */
import { readAssessment, typedName, type Assessment } from '../../assessment/document.ts';
import { roleOf, type AssessmentData, type Item } from '../../assessment/items.ts';
import type { PackLinks } from '../../assessment/pack.ts';
import { encodeAssessment } from '../../assessment/share-link.ts';
import { FRAGMENT_KEY } from '../../assessment/where-kept.ts';
import { say } from '../../messages/say.ts';
import { element } from '../dom.ts';
import { download } from '../download.ts';
import { button } from './controls.ts';
import type { Panel } from './panel.ts';
import { said } from './words.ts';

/**
 * The share link, made again shortly after the last change. Until it is, the field says it is
 * busy and Copy waits for it: a link copied in between would leave out the latest rating.
 */
export class ShareLink {
	readonly #panel: Panel;
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** Which update is the latest: an older one still encoding must not overwrite it. */
	#update = 0;

	constructor(panel: Panel) {
		this.#panel = panel;
	}

	update() {
		clearTimeout(this.#timer);
		const update = ++this.#update;
		this.#field()?.setAttribute('aria-busy', 'true');
		this.#timer = setTimeout(() => void this.#write(update), 150);
	}

	/** The link as it is now, made at once if an update is pending. */
	async current(): Promise<string> {
		const input = this.#field();
		if (input?.hasAttribute('aria-busy')) {
			clearTimeout(this.#timer);
			await this.#write(this.#update);
		}
		return input?.value ?? '';
	}

	async #write(update: number) {
		const link = `${location.origin}${location.pathname}#${FRAGMENT_KEY}${await encodeAssessment(this.#panel.doc)}`;
		const input = this.#field();
		if (!input || update !== this.#update) return;
		input.value = link;
		input.removeAttribute('aria-busy');
	}

	#field() {
		return this.#panel.panel.querySelector<HTMLInputElement>('#assessment-link');
	}
}

/** What an assessment a link brought can do: be imported, rated beside by a second assessor, or left. */
export function sharedBar(panel: Panel): HTMLElement {
	const { doc } = panel;
	const bar = element('div', { class: 'assessment-shared', role: 'group', 'aria-label': said(panel, 'assessment.shared') });
	const name = element('input', { type: 'text', id: 'assessment-reviewer-name', value: doc.reviewer?.name ?? said(panel, 'assessment.reviewer'), maxlength: '200' });
	name.addEventListener('input', () => {
		if (doc.reviewer) doc.reviewer.name = typedName(name.value) || said(panel, 'assessment.reviewer');
		panel.updateLink();
	});
	bar.append(
		element('p', {}, said(panel, panel.mode === 'review' ? 'assessment.reviewing' : 'assessment.came-in-link')),
		button(said(panel, 'assessment.import-mine'), (event) => confirmImport(panel, panel.doc, event.currentTarget as HTMLElement)),
	);
	if (panel.mode === 'shared') bar.append(button(said(panel, 'assessment.add-mine'), () => panel.review()));
	else bar.append(element('label', { for: 'assessment-reviewer-name' }, said(panel, 'assessment.reviewer-name')), name);
	bar.append(button(said(panel, 'assessment.back'), () => panel.leaveShared()));
	return bar;
}

export function toolsSection(panel: Panel, shareLink: ShareLink, items: Item[], gap: Item[]): HTMLElement {
	const link = element('input', { type: 'text', id: 'assessment-link', readonly: '', class: 'assessment-link' });
	const copy = button(said(panel, 'assessment.copy'), async () => {
		const current = await shareLink.current();
		link.select();
		try {
			await navigator.clipboard.writeText(current);
			panel.say(said(panel, 'assessment.copied'));
		} catch {
			panel.say(said(panel, 'assessment.copy-yourself'));
		}
	});
	const file = element('input', { type: 'file', id: 'assessment-import', accept: 'application/json,.json' });
	file.addEventListener('change', async () => {
		const chosen = file.files?.[0];
		file.value = '';
		if (!chosen) return;
		const read = readAssessment(await chosen.text(), panel.data.words);
		if ('problem' in read) return panel.say(said(panel, 'assessment.unchanged', { problem: read.problem }));
		const problem = foreign(panel.data, panel.roleId, read.assessment);
		if (problem) return panel.say(said(panel, 'assessment.unchanged', { problem }));
		confirmImport(panel, read.assessment, file);
	});
	const slug = `${panel.roleId}-assessment`;
	return element(
		'section',
		{ class: 'assessment-tools', 'aria-labelledby': 'assessment-tools' },
		element('h3', { id: 'assessment-tools' }, said(panel, 'assessment.tools')),
		element('label', { for: 'assessment-link' }, said(panel, 'assessment.link')),
		element('div', { class: 'assessment-row' }, link, copy),
		element(
			'div',
			{ class: 'assessment-row' },
			// The Markdown writer comes when a pack is asked for, not with the panel.
			button(said(panel, 'assessment.pack'), async () => {
				const { promotionPack } = await import('../../assessment/pack.ts');
				download(`${slug}.md`, 'text/markdown', promotionPack(panel.data, panel.doc, items, gap, packLinks(panel.host)));
			}),
			button(said(panel, 'assessment.json'), () => download(`${slug}.json`, 'application/json', `${JSON.stringify(panel.doc, null, 2)}\n`)),
			button(said(panel, 'assessment.print'), () => print()),
		),
		element('label', { for: 'assessment-import' }, said(panel, 'assessment.import')),
		file,
	);
}

/** Why an assessment cannot be shown on this page, if it cannot. */
export function foreign(data: AssessmentData, roleId: string, assessment: Assessment): string | undefined {
	if (assessment.ladder !== data.ladder) return say(data.words, 'assessment.other-ladder', { ladder: assessment.ladder });
	if (assessment.role !== roleId) {
		const title = roleOf(data, assessment.role)?.title;
		return title ? say(data.words, 'assessment.other-role', { role: title }) : data.words['assessment.unknown-role'];
	}
	return undefined;
}

/** Asks before replacing the reader's assessment, right beside what asked for the import. */
function confirmImport(panel: Panel, incoming: Assessment, near: HTMLElement) {
	panel.panel.querySelector('.assessment-confirm')?.remove();
	const count = Object.keys(panel.own.ratings).length;
	if (count === 0) return panel.replaceOwn(incoming);
	const box = element('div', { class: 'assessment-confirm' });
	near.after(box);
	box.replaceChildren(
		element('p', { role: 'alert' }, said(panel, 'assessment.replaces', { count })),
		button(said(panel, 'assessment.replace'), () => panel.replaceOwn(incoming)),
		button(said(panel, 'assessment.keep'), () => {
			box.remove();
			panel.say(said(panel, 'assessment.nothing-imported'));
		}),
	);
	box.querySelector('button')?.focus();
}

/**
 * The pack's links, absolute: the site's root is where `/assessment-data.json` lives (the page
 * names it with the base path), and the role's page is this one, without any shared fragment.
 */
function packLinks(host: HTMLElement): PackLinks {
	const data = new URL(host.dataset['data'] ?? '/assessment-data.json', location.href);
	return { site: new URL('./', data).href, role: `${location.origin}${location.pathname}` };
}

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
import { element } from '../dom.ts';
import { download } from '../download.ts';
import { button } from './controls.ts';
import type { Panel } from './panel.ts';

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
	const bar = element('div', { class: 'assessment-shared', role: 'group', 'aria-label': 'Shared assessment' });
	const name = element('input', { type: 'text', id: 'assessment-reviewer-name', value: doc.reviewer?.name ?? 'Reviewer', maxlength: '200' });
	name.addEventListener('input', () => {
		if (doc.reviewer) doc.reviewer.name = typedName(name.value) || 'Reviewer';
		panel.updateLink();
	});
	bar.append(
		element('p', {}, panel.mode === 'review' ? 'You are adding your ratings beside the assessee’s. Send the link below back when you are done.' : 'This assessment came in a link. It is shown read-only; nothing is saved until you import it.'),
		button('Import into my assessment', (event) => confirmImport(panel, panel.doc, event.currentTarget as HTMLElement)),
	);
	if (panel.mode === 'shared') bar.append(button('Add my ratings as a second assessor', () => panel.review()));
	else bar.append(element('label', { for: 'assessment-reviewer-name' }, 'Your name, shown beside your ratings'), name);
	bar.append(button('Back to my own assessment', () => panel.leaveShared()));
	return bar;
}

export function toolsSection(panel: Panel, shareLink: ShareLink, items: Item[], gap: Item[]): HTMLElement {
	const link = element('input', { type: 'text', id: 'assessment-link', readonly: '', class: 'assessment-link' });
	const copy = button('Copy link', async () => {
		const current = await shareLink.current();
		link.select();
		try {
			await navigator.clipboard.writeText(current);
			panel.say('Link copied.');
		} catch {
			panel.say('Select the link and copy it.');
		}
	});
	const file = element('input', { type: 'file', id: 'assessment-import', accept: 'application/json,.json' });
	file.addEventListener('change', async () => {
		const chosen = file.files?.[0];
		file.value = '';
		if (!chosen) return;
		const read = readAssessment(await chosen.text());
		if ('problem' in read) return panel.say(`${read.problem} Your assessment is unchanged.`);
		const problem = foreign(panel.data, panel.roleId, read.assessment);
		if (problem) return panel.say(`${problem} Your assessment is unchanged.`);
		confirmImport(panel, read.assessment, file);
	});
	const slug = `${panel.roleId}-assessment`;
	return element(
		'section',
		{ class: 'assessment-tools', 'aria-labelledby': 'assessment-tools' },
		element('h3', { id: 'assessment-tools' }, 'Share, save and print'),
		element('label', { for: 'assessment-link' }, 'Share link: the whole assessment is in the link itself, and opens read-only'),
		element('div', { class: 'assessment-row' }, link, copy),
		element(
			'div',
			{ class: 'assessment-row' },
			// The Markdown writer comes when a pack is asked for, not with the panel.
			button('Download the promotion pack (Markdown)', async () => {
				const { promotionPack } = await import('../../assessment/pack.ts');
				download(`${slug}.md`, 'text/markdown', promotionPack(panel.data, panel.doc, items, gap, packLinks(panel.host)));
			}),
			button('Download as JSON', () => download(`${slug}.json`, 'application/json', `${JSON.stringify(panel.doc, null, 2)}\n`)),
			button('Print', () => print()),
		),
		element('label', { for: 'assessment-import' }, 'Import an assessment (JSON exported from this page)'),
		file,
	);
}

/** Why an assessment cannot be shown on this page, if it cannot. */
export function foreign(data: AssessmentData, roleId: string, assessment: Assessment): string | undefined {
	if (assessment.ladder !== data.ladder) return `This assessment is of another ladder (“${assessment.ladder}”).`;
	if (assessment.role !== roleId) {
		const title = roleOf(data, assessment.role)?.title;
		return title ? `This assessment is of ${title}: open that role’s page to see it.` : 'This assessment is of a role this ladder does not have.';
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
		element('p', { role: 'alert' }, `This replaces your assessment of this role (${count} ratings).`),
		button('Replace my assessment', () => panel.replaceOwn(incoming)),
		button('Keep mine', () => {
			box.remove();
			panel.say('Nothing was imported.');
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

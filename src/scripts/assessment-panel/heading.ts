/**
 * The head of the panel: its heading, the line that heads the printed pack, what the panel is for,
 * the assessee's name, and which release the assessment was made against.
 */
import { typedName, type Assessment } from '../../assessment/document.ts';
import { roleOf } from '../../assessment/items.ts';
import { element } from '../dom.ts';
import type { Panel } from './panel.ts';

export function heading(panel: Panel): Node[] {
	const { doc, whose } = panel;
	return [
		element('h2', { id: 'assessment-heading', tabindex: '-1' }, panel.mode === 'own' ? 'Your assessment' : `${whose.possessive} assessment, shared`),
		printHeader(panel, doc),
		panel.mode === 'own'
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
}

/** Who and what, in one line at the head of the printed pack, where the fields and the target's list do not print. */
function printHeader(panel: Panel, doc: Assessment): HTMLElement {
	const target = doc.target ? roleOf(panel.data, doc.target)?.title : undefined;
	const release = doc.release ?? panel.data.release;
	const parts = [
		doc.name?.trim(),
		roleOf(panel.data, panel.roleId)?.title,
		target && `target: ${target}`,
		release === 'unreleased' ? 'rated against the unreleased ladder' : `rated against release ${release}`,
		doc.reviewer && `second assessor: ${doc.reviewer.name}`,
		doc.updated.slice(0, 10),
	];
	return element('p', { class: 'assessment-print-header' }, parts.filter(Boolean).join(' · '));
}

/** The assessee's name, kept with the assessment and shown to whoever it is shared with. */
export function nameField(panel: Panel): HTMLElement {
	const input = element('input', { type: 'text', id: 'assessment-name', value: panel.own.name ?? '', maxlength: '200', autocomplete: 'name' });
	input.addEventListener('change', () => {
		const name = typedName(input.value);
		if (name) panel.own.name = name;
		else delete panel.own.name;
		panel.save();
		panel.updateLink();
		panel.panel.querySelector('.assessment-print-header')?.replaceWith(printHeader(panel, panel.doc));
	});
	return element('p', { class: 'assessment-name' }, element('label', { for: 'assessment-name' }, 'Your name, shown to whoever you share this with: '), input);
}

/** Which release of the ladder the assessment was made against, where it is not this one. */
export function releaseNote(panel: Panel): HTMLElement | undefined {
	const { doc, data } = panel;
	if (!doc.release || doc.release === data.release) return undefined;
	const made = doc.release === 'unreleased' ? 'an unreleased version of the ladder' : `release ${doc.release} of the ladder`;
	const now = data.release === 'unreleased' ? 'an unreleased version' : `release ${data.release}`;
	return element('p', { class: 'assessment-flag' }, `This assessment was made against ${made}; this page shows ${now}. Ratings stay with their items by id; any whose item changed or went are marked.`);
}

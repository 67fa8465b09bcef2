/**
 * The head of the panel: its heading, the line that heads the printed pack, what the panel is for,
 * the assessee's name, and which release the assessment was made against.
 */
import { typedName, type Assessment } from '../../assessment/document.ts';
import { roleOf } from '../../assessment/items.ts';
import { sayInParts } from '../../messages/say.ts';
import { element } from '../dom.ts';
import type { Panel } from './panel.ts';
import { said, saidOf } from './words.ts';

export function heading(panel: Panel): Node[] {
	const { doc } = panel;
	const own = panel.mode === 'own';
	// The words around the promise of privacy, which is set in bold, in the language's order.
	const intro = sayInParts(panel.data.words, own ? 'assessment.intro' : (`assessment.intro-shared.${panel.whose.kind}` as const)).map((piece) => {
		if (typeof piece === 'string') return piece;
		return piece.part === 'private' ? element('strong', {}, panel.data.words[own ? 'assessment.private' : 'assessment.private-shared']) : panel.whose.name;
	});
	return [element('h2', { id: 'assessment-heading', tabindex: '-1' }, saidOf(panel, 'assessment.heading')), printHeader(panel, doc), element('p', {}, ...intro)];
}

/** Who and what, in one line at the head of the printed pack, where the fields and the target's list do not print. */
function printHeader(panel: Panel, doc: Assessment): HTMLElement {
	const target = doc.target ? roleOf(panel.data, doc.target)?.title : undefined;
	const release = doc.release ?? panel.data.release;
	const parts = [
		doc.name?.trim(),
		roleOf(panel.data, panel.roleId)?.title,
		target && said(panel, 'assessment.print-target', { role: target }),
		release === 'unreleased' ? said(panel, 'assessment.print-unreleased') : said(panel, 'assessment.print-release', { release }),
		doc.reviewer && said(panel, 'assessment.print-reviewer', { name: doc.reviewer.name }),
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
	return element('p', { class: 'assessment-name' }, element('label', { for: 'assessment-name' }, said(panel, 'assessment.name')), input);
}

/** Which release of the ladder the assessment was made against, where it is not this one. */
export function releaseNote(panel: Panel): HTMLElement | undefined {
	const { doc, data } = panel;
	if (!doc.release || doc.release === data.release) return undefined;
	const note =
		doc.release === 'unreleased'
			? said(panel, 'assessment.made-unreleased', { now: data.release })
			: said(panel, data.release === 'unreleased' ? 'assessment.made-release-now-unreleased' : 'assessment.made-release', { release: doc.release, now: data.release });
	return element('p', { class: 'assessment-flag' }, note);
}

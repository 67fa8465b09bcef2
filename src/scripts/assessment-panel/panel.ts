import type { Assessment, Rating } from '../../assessment/document.ts';
import type { AssessmentData, Item } from '../../assessment/items.ts';

/** Whose assessment is shown, as its words say it: a manager is never addressed as the employee. */
export interface Whose {
	kind: 'own' | 'named' | 'someone';
	name: string;
}

/** Whose ratings the panel edits: the reader's own, none (a shared link, read-only), or a second assessor's. */
export type Mode = 'own' | 'shared' | 'review';

/**
 * What the panel's parts see of it: what is shown and whose it is, and the few things they may do
 * (render it again, keep the reader's own assessment, say something, rate an item). The parts
 * render; the panel (`../assessment-panel.ts`) holds the state.
 */
export interface Panel {
	readonly data: AssessmentData;
	readonly roleId: string;
	readonly host: HTMLElement;
	/** The panel's element, which the parts are rendered into. */
	readonly panel: HTMLElement;
	readonly mode: Mode;
	/** The assessment shown: the reader's own, or the one a link brought. */
	readonly doc: Assessment;
	/** The reader's own assessment, kept in this browser. */
	readonly own: Assessment;
	/** Whose it is: the reader's own, or a named or unnamed person's. */
	readonly whose: Whose;
	/** The saved cycle the ratings are compared with, by its place in the history. */
	comparing: number | undefined;
	render(): void;
	/** Keeps the reader's own assessment, saying so (or that there was no room). */
	save(): void;
	say(message: string): void;
	/** Makes the share link again, shortly. */
	updateLink(): void;
	rate(item: Item, change: Partial<Rating>): void;
	/** Shows the reader's own assessment again, leaving one a link brought. */
	leaveShared(): void;
	/** Starts adding a second assessor's ratings to the assessment a link brought. */
	review(): void;
	/** Replaces the reader's own assessment by `incoming`, kept and shown. */
	replaceOwn(incoming: Assessment): void;
}

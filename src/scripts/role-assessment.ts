/**
 * <role-assessment>: the self-assessment's button on a role page. Small on purpose: the panel,
 * its schema and its data load only when a reader opens it, or arrives with a shared link. The
 * page without JavaScript stays as it is: the button is hidden until this runs.
 */
import { FRAGMENT_KEY, legacyKey, readKept, siteBase, storageKey } from '../assessment/where-kept.ts';

class RoleAssessment extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector<HTMLButtonElement>('button.assessment-open')!;
		const [ladder, role] = [this.dataset['ladder'] ?? '', this.dataset['role'] ?? ''];
		const base = siteBase(this.dataset['data'] ?? '/assessment-data.json', location.href, this.dataset['language']);
		const saved = readKept(localStorage, storageKey(base, ladder, role), legacyKey.assessment(ladder, role));
		if (saved) button.textContent = this.dataset['continue'] ?? button.textContent;
		button.hidden = false;
		button.addEventListener('click', () => this.#open());
		if (location.hash.startsWith(`#${FRAGMENT_KEY}`)) this.#open();
		window.addEventListener('hashchange', () => {
			if (location.hash.startsWith(`#${FRAGMENT_KEY}`)) this.#open();
		});
	}

	async #open() {
		const { openAssessment } = await import('./assessment-panel.ts');
		await openAssessment(this);
	}
}

customElements.define('role-assessment', RoleAssessment);

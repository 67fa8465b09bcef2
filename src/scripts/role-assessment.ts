/**
 * <role-assessment>: the self-assessment's button on a role page. Small on purpose: the panel,
 * its schema and its data load only when a reader opens it, or arrives with a shared link. The
 * page without JavaScript stays as it is: the button is hidden until this runs.
 */
import { FRAGMENT_KEY, storageKey } from '../assessment/where-kept.ts';

class RoleAssessment extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector<HTMLButtonElement>('button.assessment-open')!;
		const saved = localStorage.getItem(storageKey(this.dataset['ladder'] ?? '', this.dataset['role'] ?? ''));
		if (saved) button.textContent = 'Assess yourself: continue your assessment';
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

/**
 * <ladder-search>: the /search/ page's full search, Pagefind's own UI with its filter panel
 * (track, grade, area, kind of page), opened on `?q=` when the address carries a query.
 */
import { PagefindUI } from '@pagefind/default-ui';
import '@pagefind/default-ui/css/ui.css';
import { SEARCH_RANKING } from '../search/ranking.ts';

class LadderSearch extends HTMLElement {
	connectedCallback() {
		const ui = new PagefindUI({
			element: this.querySelector('.search-ui')!,
			bundlePath: `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/`,
			showSubResults: true,
			showImages: false,
			ranking: SEARCH_RANKING,
			autofocus: true,
			// Pagefind's words, in the page's language, from the site's catalogue.
			translations: JSON.parse(this.dataset['words'] ?? '{}') as Record<string, string>,
		});
		// Pagefind's input has only a placeholder; name it by the page's visible label.
		this.querySelector('.pagefind-ui__search-input')?.setAttribute('aria-labelledby', 'search-label');
		const query = new URLSearchParams(location.search).get('q');
		if (query) {
			// The UI loads Pagefind and its filters when its input is focused. Focused while the page
			// loads, the input gets no focus event (nor from the UI's own `autofocus`): one is sent.
			const input = this.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
			input?.focus();
			input?.dispatchEvent(new FocusEvent('focus'));
			afterFilters(this, () => ui.triggerSearch(query));
		}
	}
}

/**
 * Runs `then` once Pagefind's UI has shown its filter panel, or after three seconds if it shows
 * none. A search that finishes before Pagefind has loaded every filter lists only the filters it
 * has loaded, and the UI keeps that list: a search run at once from `?q=` on a slow connection or
 * a busy machine showed three of the four filters. The panel appears once all are loaded.
 */
function afterFilters(element: HTMLElement, then: () => void) {
	const shown = () => element.querySelector('.pagefind-ui__filter-panel') !== null;
	if (shown()) return then();
	let done = false;
	const run = () => {
		if (done) return;
		done = true;
		observer.disconnect();
		clearTimeout(timer);
		then();
	};
	const observer = new MutationObserver(() => shown() && run());
	observer.observe(element, { childList: true, subtree: true });
	// An index with no filters never shows the panel.
	const timer = setTimeout(run, 3_000);
}

customElements.define('ladder-search', LadderSearch);

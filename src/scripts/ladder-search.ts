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
		if (query) ui.triggerSearch(query);
	}
}

customElements.define('ladder-search', LadderSearch);

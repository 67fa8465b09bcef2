// @pagefind/default-ui ships no types; this is the part of its API the search page uses.
declare module '@pagefind/default-ui' {
	export class PagefindUI {
		constructor(options: {
			element: Element;
			bundlePath: string;
			showSubResults?: boolean;
			showImages?: boolean;
			resetStyles?: boolean;
			autofocus?: boolean;
			translations?: Record<string, string>;
			ranking?: Record<string, number>;
		});
		triggerSearch(term: string): void;
	}
}

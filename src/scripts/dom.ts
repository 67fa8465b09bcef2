/**
 * Building DOM in the browser scripts: elements with attributes and children, text always as text.
 * Ladder text and what a reader types never go through `innerHTML`.
 */
export function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Record<string, string> = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
	node.append(...children);
	return node;
}

export function svgElement(tag: string, attributes: Record<string, string | number> = {}, text?: string): SVGElement {
	const node = document.createElementNS('http://www.w3.org/2000/svg', tag) as SVGElement;
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
	if (text !== undefined) node.textContent = text;
	return node;
}

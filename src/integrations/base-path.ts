/**
 * `BASE_PATH`, the sub-path the site is served under (`/ladder/` for `https://acme.github.io/ladder/`),
 * as Astro's `base`. Written with or without its slashes; empty or `/` is the root. Anything that
 * is not a plain path (an address, `..`, a space) is refused with what to write instead, rather
 * than building a site whose every link is wrong.
 */
export function basePath(value: string | undefined): string | undefined {
	const written = value?.trim() ?? '';
	if (written === '' || written === '/') return undefined;
	const parts = written.replace(/^\/|\/$/g, '').split('/');
	if (parts.some((part) => !/^[A-Za-z0-9._~-]+$/.test(part) || part === '.' || part === '..')) {
		throw new Error(
			`BASE_PATH "${value}" is not a path: write the sub-path the site is served under, such as /ladder/ (letters, digits, ".", "_", "~" and "-", parts separated by "/"), or leave it unset for the root`,
		);
	}
	return `/${parts.join('/')}/`;
}

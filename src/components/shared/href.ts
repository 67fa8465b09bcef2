/** Prefixes a site path with the deployment base, so the site works under a sub-path too. */
export function href(path: string): string {
	return `${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`;
}

/** Site paths of the ladder's pages, without the deployment base. */
export const paths = {
	role: (id: string) => `/roles/${id}/`,
	expectation: (roleId: string, competencyId: string) => `/roles/${roleId}/#${competencyId}`,
	track: (id: string) => `/tracks/${id}/`,
	guide: (id: string) => `/${id}/`,
	competencies: () => '/competencies/',
	search: (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
	competency: (id: string) => `/competencies/${id}/`,
	matrix: (trackId?: string) => (trackId ? `/matrix/${trackId}/` : '/matrix/'),
	compare: (fromId: string, toId: string) => `/compare/${fromId}/${toId}/`,
	changes: () => '/changes/',
	changesFeed: () => '/changes.xml',
	picker: (roleIds: readonly string[] = []) => (roleIds.length ? `/compare/?roles=${roleIds.join(',')}` : '/compare/'),
};

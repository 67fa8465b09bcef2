/** Site paths of the ladder's pages, without the deployment base. */
export const paths = {
	home: () => '/',
	role: (id: string) => `/roles/${id}/`,
	expectation: (roleId: string, competencyId: string) => `/roles/${roleId}/#${competencyId}`,
	track: (id: string) => `/tracks/${id}/`,
	guide: (id: string) => `/${id}/`,
};

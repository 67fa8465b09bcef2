/**
 * The folder the ladder is read from: `content/` unless `LADDER_CONTENT_DIR` names another, which
 * is how the tests build their fixture ladders with the same code.
 */
export function contentDir(): string {
	return (process.env['LADDER_CONTENT_DIR'] ?? 'content').replace(/\/+$/, '');
}

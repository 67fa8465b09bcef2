/** A file made in the browser, saved by the browser: nothing is sent anywhere. */
export function download(name: string, type: string, text: string) {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	// The browser reads the blob after the click returns: revoked after a second, a download on a busy
	// machine never started (a browser test waited 30 s for it). A minute costs a few kilobytes.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

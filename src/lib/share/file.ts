/** A file the reader keeps or sends: a map too large for a link travels this way instead. */

/** Hands `file` to the browser's downloads. */
export function download(file: Blob, name: string) {
	const link = document.createElement('a');
	link.href = URL.createObjectURL(file);
	link.download = name;
	link.click();
	setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** A map as a Crux JSON file, which Open… reads back. */
export const mapFile = (text: string, id: string) =>
	new File([text], `${id}.crux.json`, { type: 'application/json' });

/** Whether the browser's share sheet takes this file (most desktop browsers take none). */
export const canShareFile = (file: File) =>
	typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });

/** "Copy of …": the bundled debates are read-only, so an edit of one works on a copy named so. */
export function copyTitle(title: string): string {
	return `Copy of ${title}`;
}

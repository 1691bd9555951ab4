/** The words of a collapse control, the same on the map, the outline and the panel. */
export function foldLabel(collapsed: boolean, hides: number): string {
	if (!collapsed) return 'Collapse the claims that answer it';
	return `Expand ${hides} hidden claim${hides === 1 ? '' : 's'}`;
}

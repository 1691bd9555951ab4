/**
 * The authoring keys, outside text fields: one list for the handlers and the help that names them.
 * The actions on a claim act on the selected one, picked on the map or in the outline.
 */
export const SHORTCUTS = [
	{ keys: 'A', action: 'Add support to the selected claim', id: 'support' },
	{ keys: 'R', action: 'Add rebuttal to the selected claim', id: 'rebuttal' },
	{ keys: 'E', action: 'Edit the selected claim', id: 'edit' },
	{ keys: 'Delete', action: 'Delete the selected claim', id: 'delete' },
	{ keys: 'Ctrl/Cmd+Z', action: 'Undo', id: 'undo' },
	{ keys: 'Shift+Ctrl/Cmd+Z', action: 'Redo', id: 'redo' },
	{ keys: 'Enter', action: 'Save the claim being written (Shift+Enter: new line)', id: 'save' },
	{ keys: 'Escape', action: 'Give up the claim being written', id: 'cancel' },
	{ keys: '?', action: 'Show these keys', id: 'help' }
] as const;

export type Shortcut = (typeof SHORTCUTS)[number]['id'];

/** The action a key press asks for on a claim, or `null`; never while typing in a field. */
export function claimShortcut(
	event: KeyboardEvent
): 'support' | 'rebuttal' | 'edit' | 'delete' | null {
	if (typing(event) || event.ctrlKey || event.metaKey || event.altKey) return null;
	switch (event.key) {
		case 'a':
			return 'support';
		case 'r':
			return 'rebuttal';
		case 'e':
			return 'edit';
		case 'Delete':
			return 'delete';
		default:
			return null;
	}
}

/** Whether the key goes to a field the reader is typing in, whose own keys come first. */
export const typing = (event: KeyboardEvent): boolean =>
	!!(event.target as Element | null)?.closest?.('input, textarea, select, [contenteditable]');

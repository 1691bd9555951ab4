import { typing } from './typing';

/**
 * The authoring keys, outside text fields: one list for the buttons, the handlers and the help that
 * names them. The actions on a claim act on the selected one, picked on the map or in the outline.
 */
export const CLAIM_ACTIONS = [
	{ id: 'support', key: 'a', label: 'Add support', action: 'Add a support of the selected claim' },
	{
		id: 'rebuttal',
		key: 'r',
		label: 'Add rebuttal',
		action: 'Add a rebuttal of the selected claim'
	},
	{
		id: 'undercut',
		key: 'u',
		label: 'Add undercut',
		action:
			'Add an undercut: a claim that one of the links answering the selected claim does not hold'
	},
	{ id: 'edit', key: 'e', label: 'Edit', action: 'Edit every field of the selected claim' },
	{
		id: 'link',
		key: 'l',
		label: 'Link to…',
		action: 'Link the selected claim to a claim already on the map, as a support or a rebuttal'
	},
	{
		id: 'kind',
		key: 'k',
		label: 'Relations…',
		action: 'Change the kind of one of the selected claim’s relations (support ↔ rebuttal)'
	},
	{
		id: 'unlink',
		key: 'x',
		label: 'Remove a relation',
		action: 'Remove one of the selected claim’s relations (the claims stay)'
	},
	{ id: 'delete', key: 'Delete', label: 'Delete', action: 'Delete the selected claim' }
] as const;

export type ClaimAction = (typeof CLAIM_ACTIONS)[number]['id'];

/** How a key is written in the help and in `aria-keyshortcuts`. */
const written = (key: string) => (key.length === 1 ? key.toUpperCase() : key);

export const SHORTCUTS: readonly { id: string; keys: string; action: string }[] = [
	...CLAIM_ACTIONS.map(({ id, key, action }) => ({ id, keys: written(key), action })),
	{ id: 'rename', keys: 'T', action: 'Edit the map’s title and question' },
	{ id: 'undo', keys: 'Ctrl/Cmd+Z', action: 'Undo the last edit' },
	{ id: 'redo', keys: 'Shift+Ctrl/Cmd+Z', action: 'Redo the edit undone' },
	{ id: 'redo-y', keys: 'Ctrl+Y', action: 'Redo the edit undone, as well' },
	{
		id: 'save',
		keys: 'Enter',
		action: 'Save what is being written (Shift+Enter: a new line in a text)'
	},
	{ id: 'cancel', keys: 'Escape', action: 'Give up what is being written' },
	{ id: 'help', keys: '?', action: 'Show these keys' }
];

export const keyOf = (action: ClaimAction): string =>
	written(CLAIM_ACTIONS.find((a) => a.id === action)!.key);

/** The action a key press asks for on a claim, or `null`; never while typing in a field. */
export function claimShortcut(event: KeyboardEvent): ClaimAction | null {
	if (typing(event) || event.ctrlKey || event.metaKey || event.altKey) return null;
	const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
	return CLAIM_ACTIONS.find((action) => action.key === key)?.id ?? null;
}

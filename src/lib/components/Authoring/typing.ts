/** Where a key goes: the header's keys load with the page, the authoring keys with the editor. */

/** Whether the key goes to a field the reader is typing in, whose own keys come first. */
export const typing = (event: KeyboardEvent): boolean =>
	!!(event.target as Element | null)?.closest?.('input, textarea, select, [contenteditable]');

/** Text-like inputs: there the browser's own undo applies to the words typed. */
const TEXT_INPUT =
	'textarea, [contenteditable], input:not([type=radio], [type=checkbox], [type=range], [type=button], [type=submit], [type=reset], [type=color], [type=file])';

/** Whether the key goes to a text field, where Ctrl/Cmd+Z undoes the typing, not an edit. */
export const typingText = (event: KeyboardEvent): boolean =>
	!!(event.target as Element | null)?.closest?.(TEXT_INPUT);

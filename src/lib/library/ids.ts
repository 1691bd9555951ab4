/** URL-safe: letters, digits, `-` and `_` read the same in a path and in a query parameter. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** 12 characters of 6 bits: 72 random bits, so two maps in one browser never share an id. */
export const MAP_ID_LENGTH = 12;
export const MAP_ID = /^[A-Za-z0-9_-]{12}$/;

/** A new map's id, for `/maps/<id>` or `?map=<id>`. */
export function newMapId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(MAP_ID_LENGTH));
	// 64 divides 256, so taking the low 6 bits keeps every character equally likely.
	return Array.from(bytes, (byte) => ALPHABET[byte & 63]).join('');
}

export const isMapId = (value: string): boolean => MAP_ID.test(value);

/** Bytes as base64url (RFC 4648 §5, unpadded): safe in a query or fragment without escaping. */
export function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of base64url `text`, or `null` when it is not base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
	// A length of 4n + 1 characters encodes no whole byte: atob refuses it.
	if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

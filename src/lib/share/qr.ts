/**
 * A QR code of a link, for a classroom projector: the modules as one SVG path, so a view draws
 * it as an attribute, never as markup. uqr loads when a code is first asked for.
 */
export type QrCode = { size: number; path: string } | { tooLong: string };

/** What a QR code holds at the lowest error correction (version 40, bytes). */
export const QR_MAX_BYTES = 2953;

export async function qrCodeOf(link: string): Promise<QrCode> {
	const bytes = new TextEncoder().encode(link).length;
	if (bytes > QR_MAX_BYTES)
		return {
			tooLong: `this link is ${bytes.toLocaleString('en')} bytes; a QR code holds ${QR_MAX_BYTES.toLocaleString('en')}`
		};
	const { encode } = await import('uqr');
	const { size, data } = encode(link, { ecc: 'L', border: 2 });
	const path = data
		.flatMap((row, y) => row.map((dark, x) => (dark ? `M${x} ${y}h1v1h-1z` : '')))
		.join('');
	return { size, path };
}

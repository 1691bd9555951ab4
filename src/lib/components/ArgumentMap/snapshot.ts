/**
 * The map as it is on screen, as a standalone SVG file: the component styles live in the page's
 * stylesheet, so each drawn element gets the computed values it needs written on it.
 */
const PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'letter-spacing',
	'text-transform',
	'display',
	'visibility'
];

export function mapAsSvg(svg: SVGSVGElement): { text: string; width: number; height: number } {
	const { width, height } = svg.getBoundingClientRect();
	const copy = svg.cloneNode(true) as SVGSVGElement;
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [copy, ...copy.querySelectorAll('*')];
	originals.forEach((original, i) => {
		const target = copies[i] as SVGElement;
		const style = getComputedStyle(original);
		// Through the CSSOM: the Content Security Policy refuses a style attribute set as text.
		for (const p of PROPERTIES) target.style.setProperty(p, style.getPropertyValue(p));
		target.removeAttribute('class');
		target.removeAttribute('tabindex');
	});
	copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	copy.setAttribute('width', String(Math.round(width)));
	copy.setAttribute('height', String(Math.round(height)));
	copy.style.background = '#ffffff';
	const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
	return { text, width, height };
}

/** The same picture as PNG, at twice the screen's size for print. */
export async function mapAsPng(svg: SVGSVGElement): Promise<Blob> {
	const { text, width, height } = mapAsSvg(svg);
	const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * 2);
		canvas.height = Math.round(height * 2);
		const context = canvas.getContext('2d')!;
		context.fillStyle = '#ffffff';
		context.fillRect(0, 0, canvas.width, canvas.height);
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise((resolve, reject) =>
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

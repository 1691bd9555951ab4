/**
 * Which renderer draws the map, whatever its size: a developer's setting, which the bench sets to
 * draw the same maps both ways (no control offers it): `localStorage['crux:renderer']` as JSON,
 * `"svg"` or `"canvas"`. Read by comparing with those two values rather than through a schema
 * (stored.ts): the map's store reads it on every load, and the schema library would add a fifth
 * to the first load's JavaScript. Anything else, or storage that is off, reads as no setting.
 */
export function rendererSetting(): 'svg' | 'canvas' | null {
	try {
		const raw = localStorage.getItem('crux:renderer');
		return raw === '"svg"' ? 'svg' : raw === '"canvas"' ? 'canvas' : null;
	} catch {
		return null;
	}
}

import { describe, expect, it } from 'vitest';
import { mapIdOf, viewOf, withMapId } from '../../src/lib/url/address';

describe('the map an address names', () => {
	it('reads ?map= wherever it stands in the query, and nothing when it is absent or empty', () => {
		expect(mapIdOf('?map=AbC-_1234567&claim=x')).toBe('AbC-_1234567');
		expect(mapIdOf('?claim=x&map=AbC-_1234567')).toBe('AbC-_1234567');
		expect(mapIdOf('?claim=x')).toBeNull();
		expect(mapIdOf('?map=')).toBeNull();
		expect(mapIdOf('')).toBeNull();
	});

	it('gives the view codec the query without the map', () => {
		expect(viewOf('?map=AbC-_1234567&v=1&claim=x').toString()).toBe('v=1&claim=x');
		expect(viewOf('?v=1&claim=x').toString()).toBe('v=1&claim=x');
	});

	it('names the map first, then the view, and round-trips both', () => {
		expect(withMapId('?v=1&claim=x', 'AbC-_1234567')).toBe('?map=AbC-_1234567&v=1&claim=x');
		expect(withMapId('', 'AbC-_1234567')).toBe('?map=AbC-_1234567');
		expect(withMapId('v=1', null)).toBe('?v=1');
		expect(withMapId('', null)).toBe('');
		const search = withMapId('?v=1&claim=x', 'AbC-_1234567');
		expect(mapIdOf(search)).toBe('AbC-_1234567');
		expect(`?${viewOf(search)}`).toBe('?v=1&claim=x');
	});

	it('escapes an id that is not a library id, so a hand-made address cannot add parameters', () => {
		const search = withMapId('?v=1', 'a&claim=b');
		expect(mapIdOf(search)).toBe('a&claim=b');
		expect(viewOf(search).get('claim')).toBeNull();
	});
});

import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

/**
 * Compression for pinned cards in links. Loaded only when a view has pins: most views have none,
 * and the first load stays smaller without it.
 */
export const zip = { deflateSync, inflateSync, strFromU8, strToU8 };
export type Zip = typeof zip;

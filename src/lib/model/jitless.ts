import { config } from 'zod';

/**
 * In the page, the Content Security Policy refuses `eval`, and zod's probe for it (a `new
 * Function` it catches) is reported as a violation all the same: zod is told not to compile its
 * parsers there, before any schema is made. Workers and Node, with no such policy, keep them.
 * Imported first by every module that makes a schema the page may load.
 */
if (typeof document !== 'undefined') config({ jitless: true });

import { createContext } from 'svelte';
import type { Explorer } from './explorer.svelte';

/**
 * The explorer of the debate on screen, provided once where it is made (DebateExplorer) and read
 * by every view under it. Reading it outside that tree throws, naming the missing context.
 */
const [useExplorer, provideExplorer] = createContext<Explorer>();

export { provideExplorer, useExplorer };

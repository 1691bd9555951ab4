/**
 * Editing a map: commands over the `Debate` document, validated by the model, each with the patch
 * that undoes it, and an undo history. Framework-free: the store applies these and derives the rest.
 */
export * from './commands';
export { apply, newMap, type Applied } from './apply';
export { dependents, type Dependents } from './dependents';
export * from './history';
export { applyPatch, type Patch, type Splice } from './patch';
export { slug } from './ids';

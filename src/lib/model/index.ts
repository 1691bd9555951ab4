export * from './schema';
export * from './issues';
export * from './graph';
export * from './parse';
export * from './url';

export * from './schema';
export * from './issues';
export * from './graph';
export * from './parse';
export * from './resolution';
export * from './url';

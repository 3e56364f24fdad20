export * from './schema.js';
export * from './parse.js';
export * from './references.js';
export * from './problems.js';
export * from './json-schema.js';
export * from './links.js';

export * from './types';
export * from './graph';
export * from './validate';
export * from './triggers';
export * from './simulate';
export * from './repair';
export * from './reference';
export * from './random';

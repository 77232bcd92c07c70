// The practice-task editor's pure parts: state, live helpers. No Ink here.
export * from './editor';
export * from './cell';
export * from './cron';
export * from './pylist';
export * from './dag';
export * from './sql';
export * from './time';

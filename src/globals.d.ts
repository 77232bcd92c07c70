// Injected by esbuild (scripts/build.mjs) and vitest (vitest.config.ts).
declare const __APP_VERSION__: string;

// Types for patches.mjs (used by test/support/temp-root.ts).
export declare function ensurePatched(root: string): void;

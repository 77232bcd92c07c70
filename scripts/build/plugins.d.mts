// Types for plugins.mjs (used by test/bench).
import type { Plugin } from 'esbuild';
export declare const FAST_TEXT: string;
export declare const fastStringWidth: Plugin;
export declare const signalExitAssert: Plugin;
